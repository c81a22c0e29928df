package org.newsroom.timeline.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event as clients see it. */
@Schema(name = "Event")
public record EventView(
    long id,
    String title,
    @Schema(nullable = true) String summary,
    EventTime start,
    @Schema(nullable = true) EventTime end,
    @Schema(nullable = true) String timeZone,
    @Schema(description = "How a reader would say when: '18 February 2025', 'February 2025'")
        String when,
    @Schema(description = "First day the event may cover, bounds included") LocalDate spanFrom,
    @Schema(description = "Last day the event may cover, bounds included") LocalDate spanTo,
    @Schema(nullable = true) String place,
    List<String> participants,
    EventStatus status,
    List<String> tags,
    List<CitationView> citations,
    Provenance provenance,
    String createdBy,
    OffsetDateTime createdAt,
    String updatedBy,
    OffsetDateTime updatedAt,
    long version) {

  /** Where the event came from and whether a person has checked it. */
  @Schema(name = "Provenance")
  public record Provenance(
      EventOrigin origin,
      @Schema(nullable = true) String originRef,
      @Schema(nullable = true) String extractor,
      ReviewStatus reviewStatus,
      @Schema(nullable = true) String reviewedBy,
      @Schema(nullable = true) OffsetDateTime reviewedAt,
      @Schema(nullable = true, description = "The event this one was merged into")
          Long mergedInto) {}

  public static EventView of(Event e) {
    return new EventView(
        e.id,
        e.title,
        e.summary,
        EventTime.of(e.start),
        EventTime.of(e.end),
        e.timeZone,
        when(e),
        e.spanFrom,
        e.spanTo,
        e.place,
        List.copyOf(e.participants),
        e.status,
        List.copyOf(e.tags),
        e.citations.stream().map(CitationView::of).toList(),
        new Provenance(
            e.origin,
            e.originRef,
            e.extractor,
            e.reviewStatus,
            e.reviewedBy,
            e.reviewedAt,
            e.mergedInto),
        e.createdBy,
        e.createdAt,
        e.updatedBy,
        e.updatedAt,
        e.version);
  }

  /** "18 February 2025", "17 – 18 February 2025" style labels, with the zone for times. */
  public static String when(Event e) {
    String label = e.start.label();
    if (e.end != null && !e.end.value().equals(e.start.value())) {
      label += " – " + e.end.label();
    }
    if (e.timeZone != null
        && (e.start.precision == Precision.MINUTE
            || (e.end != null && e.end.precision == Precision.MINUTE))) {
      label += " (" + e.timeZone + ")";
    }
    return label;
  }
}
