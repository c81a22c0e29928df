package org.newsroom.factcheck.correction;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import org.newsroom.factcheck.history.TransitionView;

/** A correction's change of status, kept for its history. */
@Entity
public class CorrectionTransition extends PanacheEntity {

  @ManyToOne(optional = false)
  public Correction correction;

  @Enumerated(EnumType.STRING)
  public CorrectionStatus fromStatus;

  @Enumerated(EnumType.STRING)
  public CorrectionStatus toStatus;

  public String actor;
  public OffsetDateTime at;
  public String note;

  public TransitionView view() {
    return new TransitionView(
        fromStatus == null ? null : fromStatus.name(), toStatus.name(), actor, at, note);
  }
}
