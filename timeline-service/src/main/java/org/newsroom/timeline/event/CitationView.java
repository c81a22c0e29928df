package org.newsroom.timeline.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsroom.foundation.quote.QuoteSelector;

/** A stored citation: source, complete quote selector, and the hash it was checked against. */
@Schema(name = "Citation")
public record CitationView(long sourceId, QuoteSelector quote, String sourceSha256, String note) {

  public static CitationView of(Citation c) {
    return new CitationView(
        c.source.id,
        new QuoteSelector(c.exact, c.prefix, c.suffix, c.start, c.end),
        c.sourceSha256,
        c.note);
  }
}
