package org.newsroom.factcheck.discrepancy;

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

@Path("/api/v1/discrepancies")
@Tag(
    name = "Discrepancies",
    description = "One fact, two or more sourced assertions that disagree, and editors' decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DiscrepancyResource {

  @Inject DiscrepancyWriter writer;
  @Inject Requester requester;
  @Inject ChangeLog changes;

  @POST
  @RolesAllowed({Roles.JOURNALIST, Roles.EDITOR})
  @Operation(
      operationId = "recordDiscrepancy",
      summary = "Record a discrepancy",
      description =
          "Recorded as OPEN, by the caller. timeline-service is asked that each source exists and"
              + " each quote is in it at those offsets (offsets, prefix and suffix are filled in"
              + " when left out) and that the event exists: a reference that does not hold is a"
              + " 422 naming the field, an unreachable timeline-service a 503; either way nothing"
              + " is saved.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; Location points at it, ETag is its version",
      content = @Content(schema = @Schema(implementation = DiscrepancyView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
  @APIResponse(responseCode = "503", ref = SERVICE_UNAVAILABLE)
  public RestResponse<DiscrepancyView> record(@NotNull DiscrepancyRequest body, UriInfo uri) {
    DiscrepancyView view =
        writer.create(
            body, new DiscrepancyWriter.Recorder(RecorderKind.PERSON, requester.name()), null);
    return Preconditions.created(
        view, Locations.of(uri, DiscrepancyResource.class, view.id()), view.version());
  }

  @GET
  @Operation(
      operationId = "listDiscrepancies",
      summary = "List discrepancies, newest first",
      description = "Filters combine with AND; a filter given several values matches any of them.")
  @APIResponse(responseCode = "200", description = "One page of discrepancies")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  public Page<DiscrepancyView> list(
      @BeanParam DiscrepancyFilter filter, @BeanParam @Valid PageRequest page) {
    return filter.page(page).map(DiscrepancyView::of);
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getDiscrepancy",
      summary = "Read a discrepancy",
      description = "With its assertions and resolution; ETag is what changes send as If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The discrepancy; ETag is its version",
      content = @Content(schema = @Schema(implementation = DiscrepancyView.class)))
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public RestResponse<DiscrepancyView> get(@RestPath long id) {
    DiscrepancyView view = DiscrepancyView.of(DiscrepancyWriter.find(id));
    return Preconditions.ok(view, view.version());
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.JOURNALIST, Roles.EDITOR})
  @Operation(
      operationId = "updateDiscrepancy",
      summary = "Replace a discrepancy's fact and assertions",
      description =
          "Needs If-Match (428 missing, 412 stale). References are checked as on record. A"
              + " DISMISSED or RESOLVED discrepancy is closed (409) until an editor reopens it.")
  @APIResponse(
      responseCode = "200",
      description = "Updated; ETag is the new version",
      content = @Content(schema = @Schema(implementation = DiscrepancyView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  @APIResponse(responseCode = "503", ref = SERVICE_UNAVAILABLE)
  public RestResponse<DiscrepancyView> update(
      @RestPath long id, @RestHeader("If-Match") String ifMatch, @NotNull DiscrepancyRequest body) {
    DiscrepancyView view = writer.update(id, ifMatch, body, requester.name());
    return Preconditions.ok(view, view.version());
  }

  @POST
  @Path("{id}/status")
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      operationId = "changeDiscrepancyStatus",
      summary = "Confirm, dismiss, resolve or reopen a discrepancy",
      description =
          "Editors only, with a note, and If-Match. OPEN may become CONFIRMED, DISMISSED or"
              + " RESOLVED; CONFIRMED may become OPEN, DISMISSED or RESOLVED; DISMISSED and"
              + " RESOLVED may be reopened. Anything else is a 409 naming the current status."
              + " Resolving may name the assertion that holds.")
  @APIResponse(
      responseCode = "200",
      description = "Changed; ETag is the new version",
      content = @Content(schema = @Schema(implementation = DiscrepancyView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public RestResponse<DiscrepancyView> changeStatus(
      @RestPath long id,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull StatusChange body) {
    DiscrepancyView view = writer.changeStatus(id, ifMatch, body, requester.name());
    return Preconditions.ok(view, view.version());
  }

  @GET
  @Path("{id}/history")
  @Operation(
      operationId = "getDiscrepancyHistory",
      summary = "Read a discrepancy's status history",
      description = "Oldest first: recording, then every status change with who, when and note.")
  @APIResponse(responseCode = "200", description = "The history")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<TransitionView> history(@RestPath long id) {
    DiscrepancyWriter.find(id);
    return DiscrepancyTransition.<DiscrepancyTransition>list(
            "discrepancy.id = ?1 order by at, id", id)
        .stream()
        .map(DiscrepancyTransition::view)
        .toList();
  }

  @GET
  @Path("{id}/changes")
  @Operation(
      operationId = "listDiscrepancyChanges",
      summary = "Read every change to a discrepancy",
      description =
          "Oldest first: who changed it, when, what (CREATED, EDITED, DELETED or the decision"
              + " taken) and the discrepancy as a GET answered before and after, with the fields"
              + " that differ. A deleted discrepancy's changes stay readable.")
  @APIResponse(responseCode = "200", description = "One page of changes")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Page<ChangeView> changes(@RestPath long id, @BeanParam @Valid PageRequest page) {
    return changes.of("discrepancy", id, Discrepancy.findById(id) != null, page);
  }
}
