package org.newsroom.factcheck.timeline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * Where a follower is in a feed of timeline-service: the cursor of the last change it processed.
 */
@Entity
public class FeedCursor extends PanacheEntityBase {

  @Id public String feed;

  public String cursor;
  @UpdateTimestamp public OffsetDateTime updatedAt;
}
