package org.newsroom.timeline.analysis;

import static org.newsroom.foundation.problem.ProblemResponses.BAD_REQUEST;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/analysis-changes")
@Tag(name = "Analysis")
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisFeedResource {

  @GET
  @Operation(
      operationId = "listAnalysisChanges",
      summary = "Follow the analyses as they happen",
      description =
          "Every ingest, update and re-analysis of a source adds one change, served in the order"
              + " a follower can trust: keep the cursor of the last change you processed and ask"
              + " with after= to get what came later, including what happened while you were"
              + " away. A change appears once its transaction and every earlier one have ended,"
              + " so nothing that commits late is ever skipped. factcheck-service follows this"
              + " feed to detect discrepancies.")
  @APIResponse(
      responseCode = "200",
      description = "The changes after the cursor, oldest first",
      content = @Content(schema = @Schema(implementation = AnalysisFeed.Changes.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  public AnalysisFeed.Changes list(
      @QueryParam("after")
          @Parameter(description = "A cursor from an earlier answer; from the start when absent")
          String after,
      @QueryParam("limit")
          @DefaultValue("100")
          @Min(value = 1, message = "must be at least 1")
          @Max(
              value = AnalysisFeed.MAX_LIMIT,
              message = "must be at most " + AnalysisFeed.MAX_LIMIT)
          @Parameter(description = "At most this many changes (1–500, default 100)")
          int limit) {
    return AnalysisFeed.after(after, limit);
  }
}
