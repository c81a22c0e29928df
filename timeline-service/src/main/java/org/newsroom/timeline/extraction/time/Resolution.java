package org.newsroom.timeline.extraction.time;

import java.util.List;

/**
 * How one expression reads against an anchor: the value (null when it cannot be resolved), the rule
 * that produced it, and the readings it set aside.
 */
public record Resolution(
    DateValue value, String rule, String explanation, List<Alternative> alternatives) {

  public static Resolution unresolved(String rule, String explanation) {
    return new Resolution(null, rule, explanation, List.of());
  }

  public static Resolution of(
      DateValue value, String rule, String explanation, Alternative... alternatives) {
    return new Resolution(value, rule, explanation, List.of(alternatives));
  }
}
