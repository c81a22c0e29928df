package org.newsroom.timeline.source;

import static org.newsroom.foundation.problem.ProblemResponses.BAD_REQUEST;
import static org.newsroom.foundation.problem.ProblemResponses.CONFLICT;
import static org.newsroom.foundation.problem.ProblemResponses.FORBIDDEN;
import static org.newsroom.foundation.problem.ProblemResponses.NOT_FOUND;
import static org.newsroom.foundation.problem.ProblemResponses.PRECONDITION_FAILED;
import static org.newsroom.foundation.problem.ProblemResponses.PRECONDITION_REQUIRED;
import static org.newsroom.foundation.problem.ProblemResponses.SERVICE_UNAVAILABLE;
import static org.newsroom.foundation.problem.ProblemResponses.UNAUTHORIZED;
import static org.newsroom.foundation.problem.ProblemResponses.UNPROCESSABLE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.newsroom.foundation.audit.ChangeLog;
import org.newsroom.foundation.audit.ChangeView;
import org.newsroom.foundation.identity.Requester;
import org.newsroom.foundation.identity.Roles;
import org.newsroom.foundation.paging.DateParameter;
import org.newsroom.foundation.paging.Page;
import org.newsroom.foundation.paging.PageRequest;
import org.newsroom.foundation.precondition.Preconditions;
import org.newsroom.foundation.problem.Problem;
import org.newsroom.foundation.problem.ProblemException;
import org.newsroom.foundation.quote.QuoteSelector;
import org.newsroom.foundation.rest.Locations;
import org.newsroom.timeline.citation.QuoteResolver;
import org.newsroom.timeline.problem.TimelineProblem;

@Path("/api/v1/sources")
@Tag(name = "Sources", description = "Ingested articles, their exact text, and quote checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SourceResource {

  @Inject SourceWriter writer;
  @Inject Requester requester;
  @Inject ChangeLog changes;

  @POST
  @RolesAllowed({Roles.JOURNALIST, Roles.EDITOR})
  @Operation(
      operationId = "ingestSource",
      summary = "Ingest an article",
      description =
          "Stores the text exactly as sent, with its SHA-256. Posting a text that is already"
              + " stored creates nothing and answers 200 with the source that holds it.")
  @APIResponse(
      responseCode = "201",
      description = "Stored; Location points at the new source",
      headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = SourceView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The same text was already stored; Location points at that source",
      content = @Content(schema = @Schema(implementation = SourceView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public RestResponse<SourceView> ingest(@NotNull SourceRequest body, UriInfo uri) {
    SourceWriter.Ingested result = writer.ingest(body, Origin.API, null, requester.name());
    URI location = Locations.of(uri, SourceResource.class, result.source().id);
    return RestResponse.ResponseBuilder.create(
            result.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK,
            SourceView.of(result.source()))
        .location(location)
        .header(HttpHeaders.ETAG, Preconditions.etag(result.source().version))
        .build();
  }

  @GET
  @Operation(
      operationId = "listSources",
      summary = "List sources, newest trusted date first",
      description =
          "Metadata only; each source's text is at /api/v1/sources/{id}/text. trustedFrom and"
              + " trustedTo give the coverage of some days, as factcheck-service reads a story.")
  @APIResponse(responseCode = "200", description = "One page of sources")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  public Page<SourceView> list(
      @QueryParam("outlet") @Parameter(description = "Only this outlet, ignoring case")
          String outlet,
      @QueryParam("originRef")
          @Parameter(description = "Only the source with this origin reference, e.g. seed:<key>")
          String originRef,
      @QueryParam("trustedFrom")
          @Parameter(description = "Only sources trusted to be of this day or later")
          String trustedFrom,
      @QueryParam("trustedTo")
          @Parameter(description = "Only sources trusted to be of this day or earlier")
          String trustedTo,
      @BeanParam @Valid PageRequest page) {
    return Source.page(
            outlet,
            originRef,
            DateParameter.parse("trustedFrom", trustedFrom),
            DateParameter.parse("trustedTo", trustedTo),
            page)
        .map(SourceView::of);
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getSource",
      summary = "Read a source's metadata",
      description = "The ETag header is what updates and deletes send as If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The source; ETag is its version",
      content = @Content(schema = @Schema(implementation = SourceView.class)))
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public RestResponse<SourceView> get(@RestPath long id) {
    Source source = Source.require(id);
    return Preconditions.ok(SourceView.of(source), source.version);
  }

  @GET
  @Path("{id}/text")
  @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
  @Operation(
      operationId = "getSourceText",
      summary = "Read a source's exact text",
      description =
          "The text exactly as ingested, UTF-8. Citation offsets count its Unicode code points.")
  @APIResponse(responseCode = "200", description = "The exact text")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public RestResponse<String> text(@RestPath long id) {
    Source source = Source.require(id);
    return RestResponse.ResponseBuilder.ok(source.content)
        .header(HttpHeaders.ETAG, "\"" + source.contentSha256 + "\"")
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.JOURNALIST, Roles.EDITOR})
  @Operation(
      operationId = "updateSource",
      summary = "Correct a source's metadata",
      description =
          "Replaces outlet, title, URL, language and dates; the text never changes. Needs If-Match"
              + " with the ETag of the last read.")
  @APIResponse(
      responseCode = "200",
      description = "Updated; ETag is the new version",
      content = @Content(schema = @Schema(implementation = SourceView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public RestResponse<SourceView> update(
      @RestPath long id, @RestHeader("If-Match") String ifMatch, @NotNull SourceMetadata body) {
    Source source = writer.update(id, ifMatch, body, requester.name());
    return Preconditions.ok(SourceView.of(source), source.version);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      operationId = "deleteSource",
      summary = "Delete a source nothing cites or quotes",
      description =
          "Editors only. Needs If-Match. A source that an event cites, or that a discrepancy or"
              + " correction in factcheck-service quotes, is kept (409); when factcheck-service"
              + " cannot say, the source is kept too (503).")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  @APIResponse(responseCode = "503", ref = SERVICE_UNAVAILABLE)
  public void delete(@RestPath long id, @RestHeader("If-Match") String ifMatch) {
    writer.delete(id, ifMatch, requester.name());
  }

  @POST
  @Path("{id}/quote-checks")
  @SecurityRequirementsSet // public, though a POST: an empty requirement list says so
  @Operation(
      operationId = "checkQuote",
      summary = "Check a quote against a source",
      description =
          "Answers the complete selector (offsets, prefix, suffix) and the source's hash when the"
              + " quote is in the text at the given offsets (or, without offsets, exactly once);"
              + " 422 otherwise. Writes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "The quote is there",
      content = @Content(schema = @Schema(implementation = QuoteCheck.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
  public QuoteCheck checkQuote(@RestPath long id, @Valid @NotNull QuoteSelector body) {
    Source source = Source.require(id);
    QuoteResolver.Resolution resolution = QuoteResolver.resolve(source.content, body);
    if (!resolution.matches()) {
      throw new ProblemException(
          TimelineProblem.QUOTE_MISMATCH,
          "Source " + id + ": " + resolution.mismatch(),
          List.of(new Problem.Violation("quote", resolution.mismatch())));
    }
    return new QuoteCheck(
        source.id, source.contentSha256, source.outlet, source.title, resolution.selector());
  }

  /**
   * A quote found in a source: the complete selector, the hash of the text it is in, and who
   * published it, so that a caller can show the quote without a second request.
   */
  @Schema(name = "QuoteCheck")
  public record QuoteCheck(
      long sourceId, String sourceSha256, String outlet, String title, QuoteSelector quote) {}

  @GET
  @Path("{id}/changes")
  @Operation(
      operationId = "listSourceChanges",
      summary = "Read every change to a source",
      description =
          "Oldest first: who changed it, when, what (CREATED, EDITED, DELETED or the decision"
              + " taken) and the source as a GET answered before and after, with the fields"
              + " that differ. A deleted source's changes stay readable.")
  @APIResponse(responseCode = "200", description = "One page of changes")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Page<ChangeView> changes(@RestPath long id, @BeanParam @Valid PageRequest page) {
    return changes.of("source", id, Source.findById(id) != null, page);
  }
}
