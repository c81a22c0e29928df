package org.newsroom.timeline.analysis;

import static org.newsroom.foundation.problem.ProblemResponses.NOT_FOUND;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.newsroom.timeline.event.EventWriter;

@Path("/api/v1/events/{id}/evidence")
@Tag(name = "Analysis")
@Produces(MediaType.APPLICATION_JSON)
public class EventEvidenceResource {

  @Inject AnalysisReader reader;

  @GET
  @Operation(
      operationId = "getEventEvidence",
      summary = "Dated mentions and quantities inside an event's citations",
      description =
          "For each citation of the event, the dated mentions and quantities the analysis found"
              + " within the quoted words: what a fact-checker compares across the sources that"
              + " report one happening.")
  @APIResponse(
      responseCode = "200",
      description = "The evidence, per citation",
      content = @Content(schema = @Schema(implementation = EventEvidence.class)))
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public EventEvidence get(@RestPath long id) {
    return reader.evidence(EventWriter.find(id));
  }
}
