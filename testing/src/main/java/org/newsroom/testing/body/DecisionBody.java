package org.newsroom.testing.body;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An editor's decision in timeline-service, on an event ({@code CONFIRM}, {@code REJECT}) or on a
 * suggested citation ({@code ACCEPT}, {@code REJECT}), with a note for the history.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionBody(String decision, String note) {

  public static DecisionBody of(String decision, String note) {
    return new DecisionBody(decision, note);
  }
}
