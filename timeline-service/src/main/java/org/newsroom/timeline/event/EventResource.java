package org.newsroom.timeline.event;

import static org.newsroom.foundation.problem.ProblemResponses.BAD_REQUEST;
import static org.newsroom.foundation.problem.ProblemResponses.FORBIDDEN;
import static org.newsroom.foundation.problem.ProblemResponses.NOT_FOUND;
import static org.newsroom.foundation.problem.ProblemResponses.PRECONDITION_FAILED;
import static org.newsroom.foundation.problem.ProblemResponses.PRECONDITION_REQUIRED;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.newsroom.foundation.audit.ChangeLog;
import org.newsroom.foundation.audit.ChangeView;
import org.newsroom.foundation.identity.Requester;
import org.newsroom.foundation.identity.Roles;
import org.newsroom.foundation.paging.Page;
import org.newsroom.foundation.paging.PageRequest;
import org.newsroom.foundation.precondition.Preconditions;
import org.newsroom.foundation.rest.Locations;

@Path("/api/v1/events")
@Tag(name = "Events", description = "What happened, when, where, who, and the quotes that say so")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

  @Inject EventWriter writer;
  @Inject Requester requester;
  @Inject ChangeLog changes;

  @POST
  @RolesAllowed({Roles.JOURNALIST, Roles.EDITOR})
  @Operation(
      operationId = "createEvent",
      summary = "Record an event with its citations",
      description =
          "Every citation is checked against its source: a quote that is not there, or offsets"
              + " that do not hold it, is a 422 naming the citation, and nothing is saved.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location points at it, ETag is its version",
      content = @Content(schema = @Schema(implementation = EventView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
  public RestResponse<EventView> create(@NotNull EventRequest body, UriInfo uri) {
    Event event = writer.create(body, EventOrigin.MANUAL, null, null, requester.name());
    return Preconditions.created(
        EventView.of(event), Locations.of(uri, EventResource.class, event.id), event.version);
  }

  @GET
  @Operation(
      operationId = "listEvents",
      summary = "List events, filtered, in chronological order",
      description =
          "Order: first day of the start period; on the same day coarser precision first (year,"
              + " month, week, day), then timed events by instant; then creation order.")
  @APIResponse(responseCode = "200", description = "One page of events")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  public Page<EventView> list(@BeanParam EventFilter filter, @BeanParam @Valid PageRequest page) {
    return filter.page(page).map(EventView::of);
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getEvent",
      summary = "Read an event",
      description =
          "The event with its citations; the ETag header is what updates send as If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The event; ETag is its version",
      content = @Content(schema = @Schema(implementation = EventView.class)))
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public RestResponse<EventView> get(@RestPath long id) {
    return withETag(EventWriter.find(id));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.JOURNALIST, Roles.EDITOR})
  @Operation(
      operationId = "updateEvent",
      summary = "Replace an event",
      description =
          "Needs If-Match with the ETag of your last read: missing is 428, stale is 412, so two"
              + " editors never silently overwrite each other. Citations are checked as on create.")
  @APIResponse(
      responseCode = "200",
      description = "Updated; ETag is the new version",
      content = @Content(schema = @Schema(implementation = EventView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public RestResponse<EventView> update(
      @RestPath long id, @RestHeader("If-Match") String ifMatch, @NotNull EventRequest body) {
    return withETag(writer.update(id, ifMatch, body, requester.name()));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      operationId = "deleteEvent",
      summary = "Delete an event",
      description = "Editors only. Needs If-Match with the ETag of your last read.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public void delete(@RestPath long id, @RestHeader("If-Match") String ifMatch) {
    writer.delete(id, ifMatch, requester.name());
  }

  private static RestResponse<EventView> withETag(Event event) {
    return Preconditions.ok(EventView.of(event), event.version);
  }

  @GET
  @Path("{id}/changes")
  @Operation(
      operationId = "listEventChanges",
      summary = "Read every change to an event",
      description =
          "Oldest first: who changed it, when, what (CREATED, EDITED, DELETED or the decision"
              + " taken) and the event as a GET answered before and after, with the fields"
              + " that differ. A deleted event's changes stay readable.")
  @APIResponse(responseCode = "200", description = "One page of changes")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Page<ChangeView> changes(@RestPath long id, @BeanParam @Valid PageRequest page) {
    return changes.of("event", id, Event.findById(id) != null, page);
  }
}
