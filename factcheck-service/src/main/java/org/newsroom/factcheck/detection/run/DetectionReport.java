package org.newsroom.factcheck.detection.run;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a detection run compared, and what it recorded, added to and left alone. */
@Schema(name = "DetectionReport")
public record DetectionReport(
    @Schema(description = "Nothing was written; the lists say what a real run would do")
        boolean dryRun,
    @Schema(
            description =
                "The sources compared: those asked for and those sharing an event with them")
        List<Long> sources,
    @Schema(description = "Sources left out: gone, or not analysed yet") List<Long> missing,
    @Schema(description = "New discrepancies, OPEN for an editor") List<Outcome> recorded,
    @Schema(description = "Open discrepancies that got new evidence") List<Outcome> updated,
    @Schema(
            description =
                "Found again and left as they are: nothing new, closed by an editor, or edited"
                    + " by a person")
        List<Outcome> skipped) {

  /** One discrepancy the run found. */
  @Schema(name = "DetectionOutcome")
  public record Outcome(
      @Schema(description = "detector:<fact>: the same fact gets the same reference")
          String originRef,
      @Schema(description = "The rule that fired, e.g. figure.interval") String rule,
      String subject,
      @Schema(description = "Why it fired, in one line") String explanation,
      @Schema(
              nullable = true,
              description = "The discrepancy; absent on a dry run that would record it")
          Long discrepancyId,
      @Schema(nullable = true, description = "The timeline event it concerns, when there is one")
          Long eventId,
      @Schema(description = "How many sides it has (would have)") int assertions,
      @Schema(nullable = true, description = "For skipped: why") String reason) {}
}
