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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.newsroom.factcheck.discrepancy.DiscrepancyView;
import org.newsroom.factcheck.discrepancy.DiscrepancyWriter;
import org.newsroom.factcheck.problem.FactcheckProblem;
import org.newsroom.foundation.problem.ProblemException;

@Path("/api/v1/discrepancies/{id}/claim-review")
@Tag(name = "Exports", description = "Reviews and corrections as schema.org and W3C JSON-LD")
public class ClaimReviewResource {

  @Inject SourceLinks links;

  @GET
  @Produces({SchemaOrg.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "getDiscrepancyClaimReview",
      summary = "A reviewed discrepancy as schema.org ClaimReview JSON-LD",
      description =
          "One ClaimReview per assertion, in @graph: claimReviewed is the quote as it appeared;"
              + " itemReviewed a Claim whose appearance is the NewsArticle (its URL, or the"
              + " source in timeline-service when it has none; headline; publisher the outlet);"
              + " author the fact desk; datePublished the day of the decision. reviewRating"
              + " .alternateName: RESOLVED → the preferred assertion Accurate, the others"
              + " Inaccurate (all when none is preferred); CONFIRMED → Disputed; DISMISSED → Not"
              + " disputed. An OPEN discrepancy has not been reviewed: 409 not-reviewed.")
  @APIResponse(
      responseCode = "200",
      description = "The reviews",
      content = {
        @Content(
            mediaType = SchemaOrg.MEDIA_TYPE,
            schema = @Schema(implementation = SchemaOrg.Graph.class)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SchemaOrg.Graph.class))
      })
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "503", ref = SERVICE_UNAVAILABLE)
  public SchemaOrg.Graph claimReview(@RestPath long id, UriInfo uri) {
    DiscrepancyView d = DiscrepancyView.of(DiscrepancyWriter.find(id));
    if (!ClaimReviews.REVIEWED.contains(d.status())) {
      throw new ProblemException(
          FactcheckProblem.NOT_REVIEWED,
          "Discrepancy "
              + id
              + " is "
              + d.status()
              + "; it has a ClaimReview once an editor has"
              + " confirmed, dismissed or resolved it");
    }
    return ClaimReviews.of(
        d,
        Links.discrepancy(uri, id),
        links.sources(d.assertions().stream().map(a -> a.sourceId()).toList()),
        links,
        links.publisher());
  }
}
