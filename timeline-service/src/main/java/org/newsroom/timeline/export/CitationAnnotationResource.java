package org.newsroom.timeline.export;

import static org.newsroom.foundation.problem.ProblemResponses.NOT_FOUND;

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
import org.newsroom.foundation.annotation.WebAnnotation;
import org.newsroom.timeline.event.EventWriter;

@Path("/api/v1/events/{id}/annotations")
@Tag(name = "Exports", description = "The timeline in other formats")
public class CitationAnnotationResource {

  @GET
  @Produces({WebAnnotation.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "getEventAnnotations",
      summary = "An event's citations as W3C Web Annotations",
      description =
          "An AnnotationPage (JSON-LD, context http://www.w3.org/ns/anno.jsonld) with one"
              + " Annotation per citation, motivation linking: the body is the event (a"
              + " Dataset, as JSON), the target the quoted words. The target's source is the"
              + " article's URL with a TimeState whose cached copy is the exact text stored here"
              + " (or that text itself when the article has no URL); its selectors are a"
              + " TextQuoteSelector and a TextPositionSelector counting code points of that"
              + " text; a second state, of type urn:newsroom:annotation:ContentSha256State,"
              + " holds in value the SHA-256 of the text the quote was checked against.")
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
  public RestResponse<WebAnnotation.Page> annotations(
      @RestPath long id, UriInfo uri, HttpHeaders headers) {
    WebAnnotation.Page page =
        CitationAnnotations.page(EventWriter.find(id), ApiLinks.of(uri.getBaseUri()));
    return WebAnnotation.respond(page, headers.getAcceptableMediaTypes());
  }
}
