package org.newsroom.timeline.extraction.time;

import java.time.LocalDate;
import java.util.List;
import org.newsroom.timeline.extraction.text.Span;

/**
 * Where the evidence for a text's date disagrees, with the quotes on each side, the date printed
 * and the date the evidence supports.
 */
public record Finding(
    FindingKind kind,
    String rule,
    String summary,
    LocalDate printed,
    LocalDate supported,
    List<Quote> quotes) {

  /** One side of a finding: which role the quote plays, where it is, and what date it gives. */
  public record Quote(String role, Span span, String text, String value) {}
}
