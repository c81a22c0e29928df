package org.newsroom.foundation.webhook;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.newsroom.foundation.persistence.StampedEntity;

/** A subscriber: where to POST, which event types, and the secret deliveries are signed with. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends StampedEntity {

  public String url;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> eventTypes = new ArrayList<>();

  public String description;

  /** {@code whsec_<base64>}; shown once, in the answer to the creation. */
  public String secret;

  public String createdBy;

  @Version public long version;
}
