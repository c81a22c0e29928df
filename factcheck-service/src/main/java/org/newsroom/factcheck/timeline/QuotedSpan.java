package org.newsroom.factcheck.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.newsroom.foundation.quote.QuoteSelector;

/**
 * A quote in a timeline-service source, as checked there: the source, the hash of its text at the
 * time, its outlet and title (for display), and the complete selector.
 */
@Embeddable
public class QuotedSpan {

  public long sourceId;

  @Column(name = "source_sha256")
  public String sourceSha256;

  public String sourceOutlet;
  public String sourceTitle;
  public String quoteExact;
  public String quotePrefix;
  public String quoteSuffix;
  public int quoteStart;
  public int quoteEnd;

  public static QuotedSpan of(TimelineClient.QuoteCheck check) {
    QuotedSpan span = new QuotedSpan();
    span.sourceId = check.sourceId();
    span.sourceSha256 = check.sourceSha256();
    span.sourceOutlet = check.outlet();
    span.sourceTitle = check.title();
    span.quoteExact = check.quote().exact();
    span.quotePrefix = check.quote().prefix();
    span.quoteSuffix = check.quote().suffix();
    span.quoteStart = check.quote().start();
    span.quoteEnd = check.quote().end();
    return span;
  }

  public QuoteSelector selector() {
    return new QuoteSelector(quoteExact, quotePrefix, quoteSuffix, quoteStart, quoteEnd);
  }

  /** Whether the two spans share a source and at least one code point of it. */
  public boolean overlaps(QuotedSpan other) {
    return sourceId == other.sourceId && quoteStart < other.quoteEnd && other.quoteStart < quoteEnd;
  }
}
