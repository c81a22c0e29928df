package org.newsroom.foundation.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;

/** One message for one subscriber, sent until it is answered with a 2xx or given up. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntity {

  public String messageId;

  public long subscriptionId;

  @Enumerated(EnumType.STRING)
  public DeliveryStatus status;

  /** Attempts started; the one in flight counts. */
  public int attempts;

  /** When it is due; while an attempt is in flight, when that attempt is deemed lost. */
  public OffsetDateTime nextAttemptAt;

  public Integer lastStatusCode;

  public String lastError;

  public OffsetDateTime deliveredAt;

  @CreationTimestamp public OffsetDateTime createdAt;
}
