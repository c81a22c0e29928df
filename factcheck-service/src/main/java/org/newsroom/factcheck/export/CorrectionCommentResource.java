package org.newsroom.factcheck.export;

import static org.newsroom.foundation.problem.ProblemResponses.CONFLICT;
import static org.newsroom.foundation.problem.ProblemResponses.NOT_FOUND;
import static org.newsroom.foundation.problem.ProblemResponses.SERVICE_UNAVAILABLE;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.newsroom.factcheck.correction.CorrectionStatus;
import org.newsroom.factcheck.correction.CorrectionView;
import org.newsroom.factcheck.correction.CorrectionWriter;
import org.newsroom.factcheck.problem.FactcheckProblem;
import org.newsroom.foundation.problem.ProblemException;

@Path("/api/v1/corrections/{id}/correction-comment")
@Tag(name = "Exports", description = "Reviews and corrections as schema.org and W3C JSON-LD")
public class CorrectionCommentResource {

  @Inject SourceLinks links;

  @GET
  @Produces({SchemaOrg.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "getCorrectionComment",
      summary = "A published correction as schema.org CorrectionComment JSON-LD",
      description =
          "text is the public note, datePublished when it was published, parentItem the"
              + " corrected NewsArticle (URL, headline, publisher). Only PUBLISHED corrections"
              + " are public: any other is a 409 not-published.")
  @APIResponse(
      responseCode = "200",
      description = "The correction comment",
      content = {
        @Content(
            mediaType = SchemaOrg.MEDIA_TYPE,
            schema = @Schema(implementation = SchemaOrg.CorrectionComment.class)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SchemaOrg.CorrectionComment.class))
      })
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "503", ref = SERVICE_UNAVAILABLE)
  public SchemaOrg.CorrectionComment correctionComment(@RestPath long id, UriInfo uri) {
    CorrectionView c = CorrectionView.of(CorrectionWriter.find(id));
    if (c.status() != CorrectionStatus.PUBLISHED) {
      throw new ProblemException(
          FactcheckProblem.NOT_PUBLISHED,
          "Correction " + id + " is " + c.status() + "; only a published one is public");
    }
    return CorrectionComments.of(
        c,
        Links.correction(uri, id),
        links.sources(List.of(c.sourceId())).get(c.sourceId()),
        links);
  }
}
