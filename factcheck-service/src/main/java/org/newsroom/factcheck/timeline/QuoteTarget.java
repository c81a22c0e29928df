package org.newsroom.factcheck.timeline;

import org.newsroom.foundation.quote.QuoteSelector;

/**
 * A quote to check in timeline-service, and the JSON path of the request field it came from (e.g.
 * {@code assertions[1]}, or empty for top-level fields) so that a mismatch names it.
 *
 * @param sourceSha256 the hash the writer read, or null; when given it must still be current
 */
public record QuoteTarget(String path, long sourceId, QuoteSelector quote, String sourceSha256) {}
