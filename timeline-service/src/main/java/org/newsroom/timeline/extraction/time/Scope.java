package org.newsroom.timeline.extraction.time;

import java.time.LocalDate;
import java.util.List;
import org.newsroom.timeline.extraction.text.Span;

/**
 * A stretch of text dated as one piece: the whole article, or, on a page that bundles several (each
 * with its own publication line), one of them. {@code anchor} is the day its relative dates are
 * read against, null when nothing dates it.
 */
public record Scope(
    int index,
    Span span,
    LocalDate anchor,
    AnchorBasis basis,
    String rule,
    String reason,
    List<Evidence> evidence,
    List<Finding> findings) {

  /** The same scope without findings of one kind. */
  public Scope withoutFinding(FindingKind kind) {
    return new Scope(
        index,
        span,
        anchor,
        basis,
        rule,
        reason,
        evidence,
        findings.stream().filter(f -> f.kind() != kind).toList());
  }

  /** The same scope read against another anchor, e.g. one a person set. */
  public Scope withAnchor(LocalDate date, AnchorBasis basis, String rule, String reason) {
    return new Scope(index, span, date, basis, rule, reason, evidence, findings);
  }
}
