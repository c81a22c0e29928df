package org.newsroom.factcheck.export;

import static org.newsroom.foundation.problem.ProblemResponses.NOT_FOUND;
import static org.newsroom.foundation.problem.ProblemResponses.SERVICE_UNAVAILABLE;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.newsroom.factcheck.discrepancy.DiscrepancyView;
import org.newsroom.factcheck.discrepancy.DiscrepancyWriter;
import org.newsroom.foundation.annotation.WebAnnotation;

@Path("/api/v1/discrepancies/{id}/annotations")
@Tag(name = "Exports", description = "Reviews and corrections as schema.org and W3C JSON-LD")
public class AssertionAnnotationResource {

  @Inject SourceLinks links;

  @GET
  @Produces({WebAnnotation.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "getDiscrepancyAnnotations",
      summary = "A discrepancy's assertions as W3C Web Annotations",
      description =
          "An AnnotationPage (context http://www.w3.org/ns/anno.jsonld) with one Annotation per"
              + " assertion, motivation assessing: the body is the discrepancy, the target the"
              + " quoted words, as in timeline-service's GET /api/v1/events/{id}/annotations"
              + " (article URL with a TimeState caching the stored text, quote and position"
              + " selectors, and the SHA-256 the quote was checked against as a"
              + " urn:newsroom:annotation:ContentSha256State).")
  @APIResponse(
      responseCode = "200",
      description = "The annotations",
      content = {
        @Content(
            mediaType = WebAnnotation.MEDIA_TYPE,
            schema = @Schema(implementation = WebAnnotation.Page.class)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebAnnotation.Page.class))
      })
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "503", ref = SERVICE_UNAVAILABLE)
  public RestResponse<WebAnnotation.Page> annotations(
      @RestPath long id, UriInfo uri, HttpHeaders headers) {
    DiscrepancyView d = DiscrepancyView.of(DiscrepancyWriter.find(id));
    WebAnnotation.Page page =
        AssertionAnnotations.page(
            d,
            Links.discrepancy(uri, id),
            links.sources(d.assertions().stream().map(a -> a.sourceId()).toList()),
            links);
    return WebAnnotation.respond(page, headers.getAcceptableMediaTypes());
  }
}
