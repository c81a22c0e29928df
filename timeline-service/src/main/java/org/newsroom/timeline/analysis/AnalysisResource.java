package org.newsroom.timeline.analysis;

import static org.newsroom.foundation.problem.ProblemResponses.BAD_REQUEST;
import static org.newsroom.foundation.problem.ProblemResponses.FORBIDDEN;
import static org.newsroom.foundation.problem.ProblemResponses.NOT_FOUND;
import static org.newsroom.foundation.problem.ProblemResponses.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.newsroom.foundation.identity.Roles;
import org.newsroom.foundation.paging.EnumParameter;
import org.newsroom.timeline.source.Source;

@Path("/api/v1/sources/{id}/analysis")
@Tag(
    name = "Analysis",
    description =
        "What ingest reads out of each source: its dating, dated mentions, findings, quantities"
            + " and names")
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

  @Inject AnalysisReader reader;
  @Inject AnalysisWriter writer;

  @GET
  @Operation(
      operationId = "getSourceAnalysis",
      summary = "Read what the analysis found in a source",
      description =
          "The dating scopes (anchor, its basis, the rule and the evidence), every dated mention"
              + " (span, value, precision, bounds, anchor, rule, tense, alternatives), the"
              + " publication-date findings with quotes on each side, the quantities (unit,"
              + " qualifier, subject), the names grouped under a canonical form, and the claims"
              + " (a happening's kind, people, places, dates and status, clause by clause). Spans count"
              + " code points. Stored at ingest; nothing is recomputed on read.")
  @APIResponse(
      responseCode = "200",
      description = "The stored analysis",
      content = @Content(schema = @Schema(implementation = AnalysisViews.SourceAnalysisView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public AnalysisViews.SourceAnalysisView get(
      @RestPath long id,
      @QueryParam("kind")
          @Parameter(
              description =
                  "Only these parts: SCOPES, MENTIONS, FINDINGS, QUANTITIES, NAMES, CLAIMS (repeat"
                      + " or comma-separate); all when absent")
          List<String> kind) {
    return reader.read(Source.require(id), EnumParameter.parse("kind", kind, AnalysisPart.class));
  }

  @POST
  @RolesAllowed({Roles.JOURNALIST, Roles.EDITOR})
  @Operation(
      operationId = "runSourceAnalysis",
      summary = "Analyse a source again",
      description =
          "Idempotent. Replaces what the analysis made before (mentions, findings, quantities,"
              + " names, and the citations and unreviewed events it proposed), never what a person"
              + " reviewed or set: a trusted date a person set stays the anchor, reviewed events"
              + " and accepted citations stay. Answers the new analysis and what it did to the"
              + " timeline.")
  @APIResponse(
      responseCode = "200",
      description = "Analysed",
      content = @Content(schema = @Schema(implementation = AnalysisRun.class)))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public AnalysisRun run(@RestPath long id) {
    AnalysisWriter.Run run = writer.rerun(id);
    return new AnalysisRun(
        reader.read(Source.require(id), java.util.Set.of()),
        new AnalysisRun.TimelineChanges(
            run.events().created(),
            run.events().cited(),
            run.events().suggested(),
            run.events().skipped()),
        run.redated());
  }

  /** A re-run: the new analysis and what it changed on the timeline. */
  @Schema(name = "AnalysisRun")
  public record AnalysisRun(
      AnalysisViews.SourceAnalysisView analysis,
      TimelineChanges events,
      @Schema(description = "Undated sources this one's coverage could now date")
          List<Long> redatedSources) {

    @Schema(name = "AnalysisTimelineChanges")
    public record TimelineChanges(
        @Schema(description = "Events proposed (EXTRACTED, UNREVIEWED)") List<Long> created,
        @Schema(description = "Unreviewed extracted events that gained a citation")
            List<Long> cited,
        @Schema(description = "Events a person vouches for that got a suggested citation")
            List<Long> suggested,
        @Schema(description = "Events an editor rejected, not proposed again")
            List<Long> skipped) {}
  }
}
