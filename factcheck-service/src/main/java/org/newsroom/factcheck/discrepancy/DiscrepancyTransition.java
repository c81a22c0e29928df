package org.newsroom.factcheck.discrepancy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import org.newsroom.factcheck.history.TransitionRecord;

/** A discrepancy's change of status, kept for its history. */
@Entity
public class DiscrepancyTransition extends TransitionRecord {

  @ManyToOne(optional = false)
  public Discrepancy discrepancy;

  @Enumerated(EnumType.STRING)
  public DiscrepancyStatus fromStatus;

  @Enumerated(EnumType.STRING)
  public DiscrepancyStatus toStatus;

  /** Persists one entry of {@code discrepancy}'s history. */
  static void keep(
      Discrepancy discrepancy,
      DiscrepancyStatus from,
      DiscrepancyStatus to,
      String by,
      String note) {
    DiscrepancyTransition transition = new DiscrepancyTransition();
    transition.discrepancy = discrepancy;
    transition.fromStatus = from;
    transition.toStatus = to;
    transition.actor = by;
    transition.note = note;
    transition.persist();
  }

  @Override
  protected DiscrepancyStatus from() {
    return fromStatus;
  }

  @Override
  protected DiscrepancyStatus to() {
    return toStatus;
  }
}
