package org.newsroom.foundation.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One message sent (or being sent) to one subscriber, with every attempt. */
@Schema(name = "WebhookDelivery")
public record DeliveryView(
    long id,
    @Schema(description = "The webhook-id header: the same on every attempt") String messageId,
    @Schema(description = "The event type, e.g. event.created") String type,
    DeliveryStatus status,
    @Schema(description = "When it is tried next, while PENDING", nullable = true)
        OffsetDateTime nextAttemptAt,
    @Schema(nullable = true) OffsetDateTime deliveredAt,
    OffsetDateTime createdAt,
    @Schema(description = "The body sent, exactly") String payload,
    @Schema(description = "Every attempt, oldest first") List<AttemptView> attempts) {

  /** One POST of a delivery. */
  @Schema(name = "WebhookAttempt")
  public record AttemptView(
      int number,
      OffsetDateTime at,
      @Schema(
              nullable = true,
              description = "The subscriber's HTTP status; absent when it did not answer")
          Integer statusCode,
      @Schema(nullable = true, description = "Why there was no answer: refused, timed out")
          String error,
      long durationMs) {

    static AttemptView of(WebhookAttempt a) {
      return new AttemptView(a.number, a.at, a.statusCode, a.error, a.durationMs);
    }
  }
}
