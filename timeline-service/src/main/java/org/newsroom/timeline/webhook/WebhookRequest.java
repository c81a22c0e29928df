package org.newsroom.timeline.webhook;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsroom.foundation.webhook.CallbackUrl;

/** A subscriber to register. */
@Schema(name = "WebhookRequest")
public record WebhookRequest(
    @NotNull
        @Size(max = 2000)
        @CallbackUrl
        @Schema(
            description = "Where deliveries are POSTed: http or https, no credentials",
            examples = "https://example.org/hooks/newsroom")
        String url,
    @NotNull @Size(min = 1, max = 10, message = "must name 1 to 10 event types")
        List<@NotNull WebhookEventType> eventTypes,
    @Size(max = 500) @Schema(description = "What the subscriber is, for people")
        String description) {}
