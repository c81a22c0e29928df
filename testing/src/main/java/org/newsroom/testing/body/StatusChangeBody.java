package org.newsroom.testing.body;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An editor's decision on a factcheck-service discrepancy: the new status, why, and with {@code
 * RESOLVED} optionally the index of the assertion that holds.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusChangeBody(String status, String note, Integer preferredAssertion) {

  /** A move to a status; a null note is left out. */
  public static StatusChangeBody to(String status, String note) {
    return new StatusChangeBody(status, note, null);
  }

  public StatusChangeBody withPreferredAssertion(int preferredAssertion) {
    return new StatusChangeBody(status, note, preferredAssertion);
  }
}
