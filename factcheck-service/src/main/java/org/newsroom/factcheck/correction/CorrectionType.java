package org.newsroom.factcheck.correction;

/** What a correction does to the published text. */
public enum CorrectionType {
  /** Replaces a wrong statement. */
  CORRECTION,
  /** Makes an unclear or misleading statement precise. */
  CLARIFICATION,
  /** Brings a statement up to date with later events. */
  UPDATE,
  /** Withdraws the statement; there may be no corrected text. */
  RETRACTION
}
