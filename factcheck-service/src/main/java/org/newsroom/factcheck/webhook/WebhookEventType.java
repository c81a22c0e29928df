package org.newsroom.factcheck.webhook;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What factcheck-service announces to webhook subscribers; each carries the resource's view. */
@Schema(
    name = "WebhookEventType",
    description =
        "discrepancy.detected: a discrepancy was recorded (by a detector, a person or the seed"
            + " set: see recorderKind); discrepancy.resolved: it became RESOLVED (by an editor or"
            + " an approved correction); correction.submitted, correction.approved,"
            + " correction.published: a correction was filed, approved, published",
    enumeration = {
      "discrepancy.detected",
      "discrepancy.resolved",
      "correction.submitted",
      "correction.approved",
      "correction.published"
    })
public enum WebhookEventType {
  DISCREPANCY_DETECTED("discrepancy.detected"),
  DISCREPANCY_RESOLVED("discrepancy.resolved"),
  CORRECTION_SUBMITTED("correction.submitted"),
  CORRECTION_APPROVED("correction.approved"),
  CORRECTION_PUBLISHED("correction.published");

  private final String wire;

  WebhookEventType(String wire) {
    this.wire = wire;
  }

  /** The name on the wire and in {@code type}, e.g. {@code correction.approved}. */
  @JsonValue
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
