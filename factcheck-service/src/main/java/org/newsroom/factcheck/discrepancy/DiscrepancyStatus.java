package org.newsroom.factcheck.discrepancy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a discrepancy stands. Only editors change it; each change is kept with a note. */
public enum DiscrepancyStatus {
  /** Recorded, not yet checked. */
  OPEN,
  /** Checked: the sources really disagree. */
  CONFIRMED,
  /** Checked: not a real disagreement (a look-alike, a convention, a misreading). */
  DISMISSED,
  /** Settled: which assertion holds is recorded, often through an approved correction. */
  RESOLVED;

  private static final Map<DiscrepancyStatus, Set<DiscrepancyStatus>> NEXT =
      Map.of(
          OPEN, EnumSet.of(CONFIRMED, DISMISSED, RESOLVED),
          CONFIRMED, EnumSet.of(OPEN, DISMISSED, RESOLVED),
          DISMISSED, EnumSet.of(OPEN),
          RESOLVED, EnumSet.of(OPEN));

  public boolean canBecome(DiscrepancyStatus next) {
    return NEXT.get(this).contains(next);
  }

  public Set<DiscrepancyStatus> next() {
    return NEXT.get(this);
  }

  /** Dismissed and resolved discrepancies are closed: reopen one to edit it. */
  public boolean closed() {
    return this == DISMISSED || this == RESOLVED;
  }
}
