package org.newsroom.foundation.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as clients see it; the secret only in the answer to its creation. */
@Schema(name = "Webhook")
public record WebhookView(
    long id,
    @Schema(description = "Where deliveries are POSTed") String url,
    @Schema(description = "The event types delivered to it") List<String> eventTypes,
    @Schema(nullable = true) String description,
    @Schema(
            description =
                "The signing secret (whsec_ and base64): only in the answer to the creation; keep"
                    + " it, it is never shown again",
            nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String secret,
    String createdBy,
    OffsetDateTime createdAt,
    @Schema(description = "The version; the ETag deletion needs as If-Match") long version) {

  public static WebhookView of(WebhookSubscription s) {
    return new WebhookView(
        s.id,
        s.url,
        List.copyOf(s.eventTypes),
        s.description,
        null,
        s.createdBy,
        s.createdAt,
        s.version);
  }

  /** The view with the secret, as the creation answers it. */
  public WebhookView withSecret(String secret) {
    return new WebhookView(id, url, eventTypes, description, secret, createdBy, createdAt, version);
  }
}
