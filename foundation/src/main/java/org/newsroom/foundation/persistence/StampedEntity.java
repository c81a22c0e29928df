package org.newsroom.foundation.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A Panache entity whose creation and last change Hibernate stamps: both at insert, the last change
 * again at every update it flushes (a changed collection counts). Writers never set them. Stamps
 * are in UTC to the microsecond, as PostgreSQL keeps them, so what a write answers is what a read
 * will.
 */
@MappedSuperclass
public abstract class StampedEntity extends PanacheEntity {

  public OffsetDateTime createdAt;
  public OffsetDateTime updatedAt;

  @PrePersist
  void stampCreation() {
    createdAt = now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void stampChange() {
    updatedAt = now();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
