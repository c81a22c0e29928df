package org.newsroom.timeline.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsroom.foundation.quote.QuoteSelector;

/** A stored citation: source, complete quote selector, and the hash it was checked against. */
@Schema(name = "Citation")
public record CitationView(
    long id,
    long sourceId,
    QuoteSelector quote,
    String sourceSha256,
    @Schema(nullable = true) String note,
    @Schema(
            nullable = true,
            description = "Name/version of the analysis that proposed it; absent for people's")
        String extractor,
    @Schema(
            description =
                "Proposed by the analysis for an event a person vouches for, and not yet accepted")
        boolean suggested) {

  public static CitationView of(Citation c) {
    return new CitationView(
        c.id,
        c.source.id,
        new QuoteSelector(c.exact, c.prefix, c.suffix, c.start, c.end),
        c.sourceSha256,
        c.note,
        c.extractor,
        c.suggested);
  }
}
