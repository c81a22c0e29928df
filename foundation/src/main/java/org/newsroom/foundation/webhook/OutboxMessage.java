package org.newsroom.foundation.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;

/**
 * One thing that happened, written in the transaction of the change: its id is the {@code
 * webhook-id} every delivery and every retry of it carries, its payload the exact body they send.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

  /** {@code msg_<uuid>}. */
  @Id public String id;

  /** The event type, e.g. {@code event.created}. */
  public String type;

  /** The body, {@code {"type", "timestamp", "data"}}, byte for byte as it is sent. */
  public String payload;

  @CreationTimestamp public OffsetDateTime createdAt;
}
