package org.newsroom.timeline.analysis;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The dates and quantities the analysis found inside an event's citations, per citation: what a
 * fact-checker compares across sources that report the same happening.
 */
@Schema(name = "EventEvidence")
public record EventEvidence(
    long eventId,
    @Schema(description = "The event's start, as an ISO value") String start,
    List<CitedEvidence> citations) {

  @Schema(name = "CitedEvidence")
  public record CitedEvidence(
      long citationId,
      long sourceId,
      String outlet,
      String quote,
      @Schema(description = "Code point offset of the quote in the source") int start,
      @Schema(description = "Code point offset just past the quote") int end,
      List<AnalysisViews.MentionView> mentions,
      List<AnalysisViews.QuantityView> quantities) {}
}
