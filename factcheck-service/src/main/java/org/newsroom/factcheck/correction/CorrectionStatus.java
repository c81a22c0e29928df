package org.newsroom.factcheck.correction;

/**
 * Where a correction stands: SUBMITTED → APPROVED or REJECTED (an editor, with a note); APPROVED →
 * PUBLISHED; SUBMITTED → WITHDRAWN (by its submitter).
 */
public enum CorrectionStatus {
  SUBMITTED,
  APPROVED,
  REJECTED,
  PUBLISHED,
  WITHDRAWN
}
