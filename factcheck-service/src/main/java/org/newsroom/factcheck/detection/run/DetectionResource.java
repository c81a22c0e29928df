package org.newsroom.factcheck.detection.run;

import static org.newsroom.foundation.problem.ProblemResponses.BAD_REQUEST;
import static org.newsroom.foundation.problem.ProblemResponses.FORBIDDEN;
import static org.newsroom.foundation.problem.ProblemResponses.NOT_FOUND;
import static org.newsroom.foundation.problem.ProblemResponses.SERVICE_UNAVAILABLE;
import static org.newsroom.foundation.problem.ProblemResponses.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.foundation.identity.Roles;

@Path("/api/v1/detections")
@Tag(
    name = "Detection",
    description =
        "Discrepancies found automatically from timeline-service's analysis; runs by itself after"
            + " every ingest or re-analysis, and on demand here")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DetectionResource {

  @Inject DetectionRecorder recorder;

  @POST
  @RolesAllowed({Roles.JOURNALIST, Roles.EDITOR})
  @Operation(
      operationId = "runDetection",
      summary = "Detect discrepancies among sources now",
      description =
          "Compares the sources given (and those citing the event given) with the rest of their"
              + " story — every source sharing an event with them — by the detector's rules:"
              + " publication-date findings (finding.*), figures about one fact whose intervals do"
              + " not meet (figure.interval), one happening put on another day by a lone article"
              + " (happening.date-outlier), cancelled against postponed (status.cancelled-vs-"
              + "postponed). Each fact is recorded once, OPEN, by DETECTOR; a run that finds it"
              + " again adds new evidence to an open record and leaves one an editor closed or a"
              + " person edited alone. With dryRun nothing is written. The same runs by itself"
              + " after every analysis timeline-service makes.")
  @APIResponse(
      responseCode = "200",
      description = "What was recorded, updated and skipped",
      content = @Content(schema = @Schema(implementation = DetectionReport.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "503", ref = SERVICE_UNAVAILABLE)
  public DetectionReport run(@Valid @NotNull DetectionRequest body) {
    return recorder.run(
        body.sourceIds() == null ? List.of() : body.sourceIds(),
        body.eventId(),
        Boolean.TRUE.equals(body.dryRun()));
  }
}
