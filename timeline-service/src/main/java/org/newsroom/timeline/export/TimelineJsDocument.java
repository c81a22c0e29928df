package org.newsroom.timeline.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A TimelineJS 3 JSON document (https://timeline.knightlab.com/docs/json-format.html): a title
 * slide and one slide per event. Absent fields are left out, so a year-only date is {@code {"year":
 * 2025}}.
 */
@Schema(name = "TimelineJs", description = "TimelineJS 3 JSON format")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineJsDocument(
    @Schema(required = true) Slide title, @Schema(required = true) List<Slide> events) {

  /** A slide: the title slide has only text; an event slide has a start date. */
  @Schema(name = "TimelineJsSlide")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"start_date", "end_date", "display_date", "text", "unique_id", "group"})
  public record Slide(
      @JsonProperty("start_date") Date startDate,
      @JsonProperty("end_date") Date endDate,
      @JsonProperty("display_date")
          @Schema(description = "Shown instead of the date: ISO weeks, ranges, bounds, times")
          String displayDate,
      @Schema(required = true) Text text,
      @JsonProperty("unique_id") @Schema(examples = "event-42") String uniqueId,
      @Schema(description = "The event's status in words: Occurred, Planned, Postponed, ...")
          String group) {}

  /** A TimelineJS date: only the fields the precision knows, times in the event's zone. */
  @Schema(name = "TimelineJsDate")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"year", "month", "day", "hour", "minute"})
  public record Date(
      @Schema(required = true) Integer year,
      Integer month,
      Integer day,
      Integer hour,
      Integer minute) {}

  /** Headline and body, both HTML with every piece of stored text escaped. */
  @Schema(name = "TimelineJsText")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Text(
      @Schema(required = true) String headline, @Schema(required = true) String text) {}
}
