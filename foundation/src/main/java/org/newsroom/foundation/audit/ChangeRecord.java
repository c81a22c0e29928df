package org.newsroom.foundation.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One change to a resource people rely on (an event, a source, a discrepancy, a correction): who
 * made it, when, and the resource as its GET answered before and after. Written in the transaction
 * of the change, so a refused request leaves none.
 */
@Entity
@Table(name = "change_record")
public class ChangeRecord extends PanacheEntity {

  /** The kind of resource, e.g. {@code event}. */
  public String resource;

  @Column(name = "resource_id")
  public long resourceId;

  /** What happened, e.g. CREATED, EDITED, DELETED, CONFIRMED, APPROVED. */
  public String action;

  public String actor;

  @CreationTimestamp public OffsetDateTime at;

  /** The resource before the change as JSON; null for a creation. */
  @JdbcTypeCode(SqlTypes.JSON)
  public String before;

  /** The resource after the change as JSON; null for a deletion. */
  @JdbcTypeCode(SqlTypes.JSON)
  public String after;
}
