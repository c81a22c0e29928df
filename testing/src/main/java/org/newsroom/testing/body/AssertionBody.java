package org.newsroom.testing.body;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One sourced assertion of a factcheck-service discrepancy: where a source states what. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssertionBody(
    Long sourceId,
    QuoteBody quote,
    String sourceSha256,
    String statedValue,
    NormalizedValueBody normalized,
    String note) {

  /** Quotes the exact words in a source, and the value they state. */
  public static AssertionBody of(long sourceId, String exact, String statedValue) {
    return of(sourceId, QuoteBody.of(exact), statedValue);
  }

  /** A full quote selector in a source, and the value it states. */
  public static AssertionBody of(long sourceId, QuoteBody quote, String statedValue) {
    return new AssertionBody(sourceId, quote, null, statedValue, null, null);
  }

  public AssertionBody withSourceSha256(String sourceSha256) {
    return new AssertionBody(sourceId, quote, sourceSha256, statedValue, normalized, note);
  }

  public AssertionBody withNormalized(NormalizedValueBody normalized) {
    return new AssertionBody(sourceId, quote, sourceSha256, statedValue, normalized, note);
  }
}
