package org.newsroom.factcheck.correction;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import org.newsroom.factcheck.history.TransitionRecord;

/** A correction's change of status, kept for its history. */
@Entity
public class CorrectionTransition extends TransitionRecord {

  @ManyToOne(optional = false)
  public Correction correction;

  @Enumerated(EnumType.STRING)
  public CorrectionStatus fromStatus;

  @Enumerated(EnumType.STRING)
  public CorrectionStatus toStatus;

  /** Persists one entry of {@code correction}'s history. */
  static void keep(
      Correction correction, CorrectionStatus from, CorrectionStatus to, String by, String note) {
    CorrectionTransition transition = new CorrectionTransition();
    transition.correction = correction;
    transition.fromStatus = from;
    transition.toStatus = to;
    transition.actor = by;
    transition.note = note;
    transition.persist();
  }

  @Override
  protected CorrectionStatus from() {
    return fromStatus;
  }

  @Override
  protected CorrectionStatus to() {
    return toStatus;
  }
}
