package org.newsroom.testing.body;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The note that goes with a factcheck-service correction's transition; a null note is left out, so
 * the body is {@code {}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitionNoteBody(String note) {

  public static TransitionNoteBody of(String note) {
    return new TransitionNoteBody(note);
  }
}
