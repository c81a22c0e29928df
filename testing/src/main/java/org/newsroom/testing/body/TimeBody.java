package org.newsroom.testing.body;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An event's start or end in timeline-service: an ISO value, its precision (implied by the value
 * when absent) and optional bounds as ISO days.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeBody(String value, String precision, String earliest, String latest) {

  /** A value whose precision the service reads from its form. */
  public static TimeBody of(String value) {
    return new TimeBody(value, null, null, null);
  }

  /** A value with a precision; a null precision is left out. */
  public static TimeBody of(String value, String precision) {
    return new TimeBody(value, precision, null, null);
  }

  public TimeBody withBounds(String earliest, String latest) {
    return new TimeBody(value, precision, earliest, latest);
  }
}
