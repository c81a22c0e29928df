package org.newsroom.factcheck.detection;

import java.util.List;
import org.newsroom.factcheck.discrepancy.Attribute;
import org.newsroom.factcheck.discrepancy.DiscrepancyKind;
import org.newsroom.factcheck.discrepancy.NormalizedValue;
import org.newsroom.factcheck.discrepancy.Severity;

/**
 * A discrepancy a rule found: the fact, the rule and why it fired, and every side with its quote.
 *
 * @param key what fact it is about, stable across runs ("figure:duration:MEETING:2025-02-18"), so a
 *     run that finds it again adds to the same record
 * @param rule the id of the rule that fired
 * @param explanation one line: what disagrees, and by which reading
 * @param eventId the timeline event the sides are cited by, or null
 * @param sides two or more sourced statements, those that agree with each other first
 */
public record Detected(
    String key,
    String rule,
    DiscrepancyKind kind,
    Attribute attribute,
    Severity severity,
    String subject,
    String explanation,
    Long eventId,
    List<Side> sides) {

  public Detected {
    sides = List.copyOf(sides);
    if (sides.size() < 2) {
      throw new IllegalArgumentException("a discrepancy has two sides or more");
    }
  }

  /** One source's statement: where, in its exact words, and the value in comparable form. */
  public record Side(
      long sourceId,
      SourceFacts.Span span,
      String exact,
      String statedValue,
      NormalizedValue normalized,
      String note) {}

  public Detected withEvent(Long event) {
    return new Detected(key, rule, kind, attribute, severity, subject, explanation, event, sides);
  }
}
