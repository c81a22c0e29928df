package org.newsroom.foundation.rest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;

/**
 * A POST sent with an {@code Idempotency-Key}: while it runs, its key is taken ({@code status} 0);
 * once it succeeded, the answer it got, to give again to any retry.
 */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequest extends PanacheEntityBase {

  /** SHA-256 of who sent it, where, and the key. */
  @Id public String id;

  public int status;
  public String location;
  public String etag;
  public String body;
  @CreationTimestamp public OffsetDateTime createdAt;
}
