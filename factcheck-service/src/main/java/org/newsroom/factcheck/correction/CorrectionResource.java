package org.newsroom.factcheck.correction;

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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.newsroom.factcheck.history.TransitionView;
import org.newsroom.foundation.audit.ChangeLog;
import org.newsroom.foundation.audit.ChangeView;
import org.newsroom.foundation.identity.Requester;
import org.newsroom.foundation.identity.Roles;
import org.newsroom.foundation.paging.Page;
import org.newsroom.foundation.paging.PageRequest;
import org.newsroom.foundation.precondition.Preconditions;
import org.newsroom.foundation.rest.Locations;

@Path("/api/v1/corrections")
@Tag(name = "Corrections", description = "Corrections journalists file and editors review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CorrectionResource {

  @Inject CorrectionWriter writer;
  @Inject Requester requester;
  @Inject ChangeLog changes;

  @POST
  @RolesAllowed({Roles.JOURNALIST, Roles.EDITOR})
  @Operation(
      operationId = "fileCorrection",
      summary = "File a correction",
      description =
          "Filed as SUBMITTED by the caller. timeline-service is asked that the source exists and"
              + " the quote is in it; the original text must be exactly the quoted span (422"
              + " otherwise). A discrepancy it comes from must quote the same source. An"
              + " unreachable timeline-service is a 503 and nothing is saved.")
  @APIResponse(
      responseCode = "201",
      description = "Filed; Location points at it, ETag is its version",
      content = @Content(schema = @Schema(implementation = CorrectionView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
  @APIResponse(responseCode = "503", ref = SERVICE_UNAVAILABLE)
  public RestResponse<CorrectionView> file(@NotNull CorrectionRequest body, UriInfo uri) {
    CorrectionView view = writer.file(body, requester.name(), null);
    return Preconditions.created(
        view, Locations.of(uri, CorrectionResource.class, view.id()), view.version());
  }

  @GET
  @Operation(
      operationId = "listCorrections",
      summary = "List corrections, newest first",
      description = "Filters combine with AND; a filter given several values matches any of them.")
  @APIResponse(responseCode = "200", description = "One page of corrections")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  public Page<CorrectionView> list(
      @BeanParam CorrectionFilter filter, @BeanParam @Valid PageRequest page) {
    return filter.page(page).map(CorrectionView::of);
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getCorrection",
      summary = "Read a correction",
      description = "ETag is what edits and transitions send as If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The correction; ETag is its version",
      content = @Content(schema = @Schema(implementation = CorrectionView.class)))
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public RestResponse<CorrectionView> get(@RestPath long id) {
    CorrectionView view = CorrectionView.of(CorrectionWriter.find(id));
    return Preconditions.ok(view, view.version());
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.JOURNALIST, Roles.EDITOR})
  @Operation(
      operationId = "updateCorrection",
      summary = "Replace a submitted correction",
      description =
          "Only while SUBMITTED (409 otherwise), by its submitter or an editor (403 otherwise),"
              + " with If-Match (428 missing, 412 stale). Checked as on filing.")
  @APIResponse(
      responseCode = "200",
      description = "Updated; ETag is the new version",
      content = @Content(schema = @Schema(implementation = CorrectionView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  @APIResponse(responseCode = "503", ref = SERVICE_UNAVAILABLE)
  public RestResponse<CorrectionView> update(
      @RestPath long id, @RestHeader("If-Match") String ifMatch, @NotNull CorrectionRequest body) {
    CorrectionView view =
        writer.update(id, ifMatch, body, requester.name(), requester.hasRole(Roles.EDITOR));
    return Preconditions.ok(view, view.version());
  }

  @POST
  @Path("{id}/approve")
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      operationId = "approveCorrection",
      summary = "Approve a correction",
      description =
          "Editors only, not the submitter (403), with a note. Only a SUBMITTED correction can be approved (409 names its status). When it comes from a discrepancy, that discrepancy is resolved in the same transaction. Needs If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag is the new version",
      content = @Content(schema = @Schema(implementation = CorrectionView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public RestResponse<CorrectionView> approve(
      @RestPath long id, @RestHeader("If-Match") String ifMatch, @Valid ReviewNote body) {
    return transition(id, ifMatch, CorrectionWriter.Action.APPROVE, body);
  }

  @POST
  @Path("{id}/reject")
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      operationId = "rejectCorrection",
      summary = "Reject a correction",
      description =
          "Editors only, not the submitter (403), with a note. Only a SUBMITTED correction can be rejected (409 names its status). Needs If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag is the new version",
      content = @Content(schema = @Schema(implementation = CorrectionView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public RestResponse<CorrectionView> reject(
      @RestPath long id, @RestHeader("If-Match") String ifMatch, @Valid ReviewNote body) {
    return transition(id, ifMatch, CorrectionWriter.Action.REJECT, body);
  }

  @POST
  @Path("{id}/publish")
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      operationId = "publishCorrection",
      summary = "Mark an approved correction as published",
      description =
          "Editors only. Only an APPROVED correction can be published (409 names its status). Needs If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag is the new version",
      content = @Content(schema = @Schema(implementation = CorrectionView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public RestResponse<CorrectionView> publish(
      @RestPath long id, @RestHeader("If-Match") String ifMatch, @Valid ReviewNote body) {
    return transition(id, ifMatch, CorrectionWriter.Action.PUBLISH, body);
  }

  @POST
  @Path("{id}/withdraw")
  @RolesAllowed({Roles.JOURNALIST, Roles.EDITOR})
  @Operation(
      operationId = "withdrawCorrection",
      summary = "Withdraw a correction",
      description =
          "Only its submitter (403 otherwise), only while SUBMITTED (409 names its status). Needs If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag is the new version",
      content = @Content(schema = @Schema(implementation = CorrectionView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public RestResponse<CorrectionView> withdraw(
      @RestPath long id, @RestHeader("If-Match") String ifMatch, @Valid ReviewNote body) {
    return transition(id, ifMatch, CorrectionWriter.Action.WITHDRAW, body);
  }

  @GET
  @Path("{id}/history")
  @Operation(
      operationId = "getCorrectionHistory",
      summary = "Read a correction's history",
      description = "Oldest first: filing, then every transition with who, when and note.")
  @APIResponse(responseCode = "200", description = "The history")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<TransitionView> history(@RestPath long id) {
    CorrectionWriter.find(id);
    return CorrectionTransition.<CorrectionTransition>list("correction.id = ?1 order by at, id", id)
        .stream()
        .map(CorrectionTransition::view)
        .toList();
  }

  private RestResponse<CorrectionView> transition(
      long id, String ifMatch, CorrectionWriter.Action action, ReviewNote body) {
    CorrectionView view =
        writer.transition(id, ifMatch, action, body == null ? null : body.note(), requester.name());
    return Preconditions.ok(view, view.version());
  }

  @GET
  @Path("{id}/changes")
  @Operation(
      operationId = "listCorrectionChanges",
      summary = "Read every change to a correction",
      description =
          "Oldest first: who changed it, when, what (CREATED, EDITED, DELETED or the decision"
              + " taken) and the correction as a GET answered before and after, with the fields"
              + " that differ. A deleted correction's changes stay readable.")
  @APIResponse(responseCode = "200", description = "One page of changes")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Page<ChangeView> changes(@RestPath long id, @BeanParam @Valid PageRequest page) {
    return changes.of("correction", id, Correction.findById(id) != null, page);
  }
}
