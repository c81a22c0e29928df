package org.newsroom.timeline.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A start or end as it travels: an ISO value, its precision, and optional bounds. */
@Schema(
    name = "EventTime",
    description =
        "value is YYYY (YEAR), YYYY-MM (MONTH), YYYY-Www (ISO WEEK), YYYY-MM-DD (DAY) or"
            + " YYYY-MM-DDThh:mm (MINUTE, local time in the event's timeZone). precision is"
            + " implied by the form when left out. earliest/latest bound when it really was.")
public record EventTime(
    @NotBlank
        @Size(max = 32)
        @Schema(
            examples = "2025-02-18",
            pattern = "^\\d{4}(-W\\d{2}|-\\d{2}(-\\d{2}(T\\d{2}:\\d{2})?)?)?$")
        String value,
    @Schema(nullable = true) Precision precision,
    @Schema(nullable = true, description = "Not before this day") LocalDate earliest,
    @Schema(nullable = true, description = "Not after this day") LocalDate latest) {

  public static EventTime of(DatePoint point) {
    return point == null
        ? null
        : new EventTime(point.value(), point.precision, point.earliest, point.latest);
  }
}
