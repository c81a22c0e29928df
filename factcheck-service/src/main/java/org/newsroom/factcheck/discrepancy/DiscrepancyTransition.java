package org.newsroom.factcheck.discrepancy;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import org.newsroom.factcheck.history.TransitionView;

/** A discrepancy's change of status, kept for its history. */
@Entity
public class DiscrepancyTransition extends PanacheEntity {

  @ManyToOne(optional = false)
  public Discrepancy discrepancy;

  @Enumerated(EnumType.STRING)
  public DiscrepancyStatus fromStatus;

  @Enumerated(EnumType.STRING)
  public DiscrepancyStatus toStatus;

  public String actor;
  public OffsetDateTime at;
  public String note;

  public TransitionView view() {
    return new TransitionView(
        fromStatus == null ? null : fromStatus.name(), toStatus.name(), actor, at, note);
  }
}
