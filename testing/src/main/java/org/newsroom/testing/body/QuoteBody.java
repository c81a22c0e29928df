package org.newsroom.testing.body;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A quote selector as a request sends it: the exact words, optional context either side, and
 * optional code-point offsets ({@code end} exclusive).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteBody(String exact, String prefix, String suffix, Integer start, Integer end) {

  /** Just the words, for timeline-service to find. */
  public static QuoteBody of(String exact) {
    return new QuoteBody(exact, null, null, null, null);
  }

  public QuoteBody withPrefix(String prefix) {
    return new QuoteBody(exact, prefix, suffix, start, end);
  }

  public QuoteBody withOffsets(int start, int end) {
    return new QuoteBody(exact, prefix, suffix, start, end);
  }
}
