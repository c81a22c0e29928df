package org.newsroom.factcheck.webhook;

import static org.newsroom.foundation.problem.ProblemResponses.BAD_REQUEST;
import static org.newsroom.foundation.problem.ProblemResponses.FORBIDDEN;
import static org.newsroom.foundation.problem.ProblemResponses.NOT_FOUND;
import static org.newsroom.foundation.problem.ProblemResponses.PRECONDITION_FAILED;
import static org.newsroom.foundation.problem.ProblemResponses.PRECONDITION_REQUIRED;
import static org.newsroom.foundation.problem.ProblemResponses.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.newsroom.foundation.identity.Requester;
import org.newsroom.foundation.identity.Roles;
import org.newsroom.foundation.paging.Page;
import org.newsroom.foundation.paging.PageRequest;
import org.newsroom.foundation.precondition.Preconditions;
import org.newsroom.foundation.rest.Locations;
import org.newsroom.foundation.webhook.DeliveryView;
import org.newsroom.foundation.webhook.WebhookView;
import org.newsroom.foundation.webhook.WebhookWriter;

@Path("/api/v1/webhooks")
@Tag(
    name = "Webhooks",
    description =
        "Subscribers and what was delivered to them. Deliveries follow Standard Webhooks:"
            + " webhook-id (the same on every retry), webhook-timestamp and webhook-signature"
            + " (v1, HMAC-SHA256 with the secret); at least once, so deduplicate by webhook-id")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
public class WebhookResource {

  @Inject WebhookWriter writer;
  @Inject Requester requester;

  @POST
  @Operation(
      operationId = "createWebhook",
      summary = "Register a webhook subscriber",
      description =
          "Editors only. The answer carries the signing secret (whsec_…) once; it is never shown"
              + " again.")
  @APIResponse(
      responseCode = "201",
      description = "Created, with its secret; Location points at it, ETag is its version",
      content = @Content(schema = @Schema(implementation = WebhookView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public RestResponse<WebhookView> create(@NotNull @Valid WebhookRequest body, UriInfo uri) {
    WebhookView created =
        writer.create(
            body.url(),
            body.eventTypes().stream().map(WebhookEventType::wire).toList(),
            body.description(),
            requester.name());
    return Preconditions.created(
        created, Locations.of(uri, WebhookResource.class, created.id()), created.version());
  }

  @GET
  @Operation(operationId = "listWebhooks", summary = "List webhook subscribers")
  @APIResponse(responseCode = "200", description = "One page of subscribers, oldest first")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public Page<WebhookView> list(@BeanParam @Valid PageRequest page) {
    return writer.list(page);
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getWebhook", summary = "Read a webhook subscriber")
  @APIResponse(
      responseCode = "200",
      description = "The subscriber, without its secret; ETag is its version",
      content = @Content(schema = @Schema(implementation = WebhookView.class)))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public RestResponse<WebhookView> get(@RestPath long id) {
    WebhookView view = WebhookView.of(WebhookWriter.find(id));
    return Preconditions.ok(view, view.version());
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "deleteWebhook",
      summary = "Remove a webhook subscriber",
      description =
          "Needs If-Match with the ETag of your last read. Deliveries still owed to it are"
              + " dropped; an attempt in flight may still arrive.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public void delete(@RestPath long id, @RestHeader("If-Match") String ifMatch) {
    writer.delete(id, ifMatch, requester.name());
  }

  @GET
  @Path("{id}/deliveries")
  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "List what was sent to a subscriber, with every attempt",
      description =
          "Newest first: each message (its webhook-id, type and body), PENDING, DELIVERED or"
              + " FAILED, and every attempt with the status answered or why there was none.")
  @APIResponse(responseCode = "200", description = "One page of deliveries")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Page<DeliveryView> deliveries(@RestPath long id, @BeanParam @Valid PageRequest page) {
    return writer.deliveries(id, page);
  }

  @POST
  @Path("{id}/test")
  @ResponseStatus(202)
  @Operation(
      operationId = "testWebhook",
      summary = "Send a test delivery to a subscriber",
      description =
          "Queues a webhook.test message for this subscriber alone; follow it in its"
              + " deliveries.")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content = @Content(schema = @Schema(implementation = DeliveryView.class)))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public DeliveryView test(@RestPath long id) {
    return writer.test(id, requester.name());
  }
}
