package org.newsroom.testing.body;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A stated value in comparable form for factcheck-service: a type ({@code DURATION}, {@code DATE},
 * {@code NUMBER}), an ISO value and an optional qualifier.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NormalizedValueBody(String type, String value, String qualifier) {

  /** A value with a qualifier; a null qualifier is left out (the service reads EXACTLY). */
  public static NormalizedValueBody of(String type, String value, String qualifier) {
    return new NormalizedValueBody(type, value, qualifier);
  }
}
