package org.newsroom.foundation.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One POST of a delivery: when, what the subscriber answered or why it did not, how long. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt extends PanacheEntity {

  public long deliveryId;

  /** 1 for the first attempt. */
  public int number;

  /** When the request was sent. */
  public OffsetDateTime at;

  /** The subscriber's HTTP status; null when it did not answer. */
  public Integer statusCode;

  /** Why there was no answer (refused, timed out), or null. */
  public String error;

  public long durationMs;
}
