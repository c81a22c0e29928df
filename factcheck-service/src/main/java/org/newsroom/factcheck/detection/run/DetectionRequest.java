package org.newsroom.factcheck.detection.run;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to run detection over: sources, an event, or both. */
@Schema(name = "DetectionRequest")
public record DetectionRequest(
    @Size(max = 50, message = "must hold at most 50 source ids")
        @Schema(description = "timeline-service source ids; the rest of their story comes along")
        List<@NotNull @Positive Long> sourceIds,
    @Positive @Schema(description = "A timeline-service event: the sources citing it") Long eventId,
    @Schema(description = "Report what would be recorded without writing anything")
        Boolean dryRun) {

  @AssertTrue(message = "give sourceIds, an eventId, or both")
  @Schema(hidden = true)
  public boolean isSomethingToRun() {
    return eventId != null || (sourceIds != null && !sourceIds.isEmpty());
  }
}
