package org.newsroom.testing.body;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A citation of an event in timeline-service: which source, and where in it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CitationBody(Long sourceId, QuoteBody quote, String sourceSha256, String note) {

  /** Cites the exact words in a source. */
  public static CitationBody of(long sourceId, String exact) {
    return new CitationBody(sourceId, QuoteBody.of(exact), null, null);
  }

  public CitationBody withQuote(QuoteBody quote) {
    return new CitationBody(sourceId, quote, sourceSha256, note);
  }

  public CitationBody withSourceSha256(String sourceSha256) {
    return new CitationBody(sourceId, quote, sourceSha256, note);
  }
}
