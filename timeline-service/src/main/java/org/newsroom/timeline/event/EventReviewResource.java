package org.newsroom.timeline.event;

import static org.newsroom.foundation.problem.ProblemResponses.BAD_REQUEST;
import static org.newsroom.foundation.problem.ProblemResponses.CONFLICT;
import static org.newsroom.foundation.problem.ProblemResponses.FORBIDDEN;
import static org.newsroom.foundation.problem.ProblemResponses.NOT_FOUND;
import static org.newsroom.foundation.problem.ProblemResponses.PRECONDITION_FAILED;
import static org.newsroom.foundation.problem.ProblemResponses.PRECONDITION_REQUIRED;
import static org.newsroom.foundation.problem.ProblemResponses.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.newsroom.foundation.identity.Requester;
import org.newsroom.foundation.identity.Roles;
import org.newsroom.foundation.precondition.Preconditions;
import org.newsroom.foundation.rest.Locations;

@Path("/api/v1/events/{id}")
@Tag(
    name = "Review",
    description =
        "Editors' decisions on events, above all those the analysis proposes: confirm, reject,"
            + " merge, split, accept or reject suggested citations; each with If-Match and history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventReviewResource {

  @Inject EventReview review;
  @Inject Requester requester;

  @POST
  @Path("review")
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      operationId = "reviewEvent",
      summary = "Confirm or reject an event",
      description =
          "Editors only. Needs If-Match. A rejected event leaves the default timeline and is not"
              + " proposed again by the analysis; deciding what it already is answers 409.")
  @APIResponse(
      responseCode = "200",
      description = "Decided; ETag is the new version",
      content = @Content(schema = @Schema(implementation = EventView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public RestResponse<EventView> decide(
      @RestPath long id,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull ReviewRequests.ReviewDecision body) {
    return withETag(review.decide(id, ifMatch, body, requester.name()));
  }

  @POST
  @Path("merge")
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      operationId = "mergeEvents",
      summary = "Merge duplicate events into this one",
      description =
          "Editors only. Needs this event's If-Match. The others' citations and participants move"
              + " here; the others end REJECTED with mergedInto pointing here, and both sides keep"
              + " the merge in their history.")
  @APIResponse(
      responseCode = "200",
      description = "Merged; ETag is the new version",
      content = @Content(schema = @Schema(implementation = EventView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public RestResponse<EventView> merge(
      @RestPath long id,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull ReviewRequests.MergeRequest body) {
    return withETag(review.merge(id, ifMatch, body, requester.name()));
  }

  @POST
  @Path("split")
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      operationId = "splitEvent",
      summary = "Split citations off into a new event",
      description =
          "Editors only. Needs If-Match. The named citations move to a new event with the given"
              + " title and this event's date, place, people and status; at least one stays.")
  @APIResponse(
      responseCode = "201",
      description = "The new event; Location points at it",
      content = @Content(schema = @Schema(implementation = EventView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public RestResponse<EventView> split(
      @RestPath long id,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull ReviewRequests.SplitRequest body,
      UriInfo uri) {
    EventView created = review.split(id, ifMatch, body, requester.name());
    return Preconditions.created(
        created, Locations.of(uri, EventResource.class, created.id()), created.version());
  }

  @POST
  @Path("citations/{citationId}/review")
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      operationId = "reviewSuggestedCitation",
      summary = "Accept or reject a suggested citation",
      description =
          "Editors only. Needs the event's If-Match. ACCEPT keeps the citation as the event's own;"
              + " REJECT removes it. A citation that is not a suggestion answers 409.")
  @APIResponse(
      responseCode = "200",
      description = "Decided; ETag is the event's new version",
      content = @Content(schema = @Schema(implementation = EventView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public RestResponse<EventView> decideSuggestion(
      @RestPath long id,
      @RestPath long citationId,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull ReviewRequests.SuggestionDecision body) {
    return withETag(review.decideSuggestion(id, citationId, ifMatch, body, requester.name()));
  }

  @GET
  @Path("history")
  @Operation(
      operationId = "getEventHistory",
      summary = "Read an event's review history",
      description =
          "Every decision on the event, oldest first: proposals by the analysis, edits,"
              + " confirmations, rejections, merges, splits and suggestions.")
  @APIResponse(responseCode = "200", description = "The history")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public List<ReviewRequests.ReviewEntry> history(@RestPath long id) {
    return review.history(id);
  }

  private static RestResponse<EventView> withETag(EventView event) {
    return Preconditions.ok(event, event.version());
  }
}
