package org.newsroom.timeline.timeline;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsroom.foundation.quote.QuoteSelector;
import org.newsroom.timeline.event.Citation;
import org.newsroom.timeline.event.Event;
import org.newsroom.timeline.event.EventOrigin;
import org.newsroom.timeline.event.EventStatus;
import org.newsroom.timeline.event.EventTime;
import org.newsroom.timeline.event.EventView;
import org.newsroom.timeline.event.ReviewStatus;
import org.newsroom.timeline.source.Source;

/** One event on the timeline, with each citation's outlet and title inline. */
@Schema(name = "TimelineEntry")
public record TimelineEntry(
    long eventId,
    String title,
    @Schema(nullable = true) String summary,
    @Schema(description = "How a reader would say when") String when,
    EventTime start,
    @Schema(nullable = true) EventTime end,
    @Schema(nullable = true) String timeZone,
    LocalDate spanFrom,
    LocalDate spanTo,
    @Schema(nullable = true) String place,
    List<String> participants,
    EventStatus status,
    List<String> tags,
    List<SourcedQuote> citations,
    @Schema(description = "MANUAL, SEED or EXTRACTED") EventOrigin origin,
    @Schema(description = "Whether a person has checked it") ReviewStatus reviewStatus) {

  /** A citation with enough of its source to show it without another request. */
  @Schema(name = "TimelineCitation")
  public record SourcedQuote(
      long sourceId,
      String outlet,
      @Schema(nullable = true) String sourceTitle,
      @Schema(nullable = true) String url,
      @Schema(nullable = true) LocalDate sourceDate,
      QuoteSelector quote,
      @Schema(nullable = true) String note,
      @Schema(description = "Proposed by the analysis and not yet accepted by an editor")
          boolean suggested) {

    static SourcedQuote of(Citation c) {
      Source s = c.source;
      return new SourcedQuote(
          s.id,
          s.outlet,
          s.title,
          s.url,
          s.trustedDate,
          new QuoteSelector(c.exact, c.prefix, c.suffix, c.start, c.end),
          c.note,
          c.suggested);
    }
  }

  public static TimelineEntry of(Event e) {
    return new TimelineEntry(
        e.id,
        e.title,
        e.summary,
        EventView.when(e),
        EventTime.of(e.start),
        EventTime.of(e.end),
        e.timeZone,
        e.spanFrom,
        e.spanTo,
        e.place,
        List.copyOf(e.participants),
        e.status,
        List.copyOf(e.tags),
        e.citations.stream().map(SourcedQuote::of).toList(),
        e.origin,
        e.reviewStatus);
  }
}
