package org.newsroom.timeline.webhook;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What timeline-service announces to webhook subscribers. */
@Schema(
    name = "WebhookEventType",
    description = "event.created: an event was recorded by a person or the seed set",
    enumeration = {"event.created"})
public enum WebhookEventType {
  EVENT_CREATED("event.created");

  private final String wire;

  WebhookEventType(String wire) {
    this.wire = wire;
  }

  /** The name on the wire and in {@code type}, e.g. {@code event.created}. */
  @JsonValue
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
