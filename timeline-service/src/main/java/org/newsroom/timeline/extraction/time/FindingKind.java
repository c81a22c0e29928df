package org.newsroom.timeline.extraction.time;

/** What is wrong with a text's publication date. */
public enum FindingKind {
  /** The printed year is not the one the text's own evidence supports. */
  WRONG_YEAR,
  /** An unfilled template placeholder stands where the date should be. */
  PLACEHOLDER,
  /** The printed date is later than the dateline's. */
  PRINTED_AFTER_DATELINE,
  /** The text was written before the printed date (its weekdays count from an earlier day). */
  WRITTEN_BEFORE_PRINT,
  /** The printed date disagrees with the text's evidence in some other way. */
  PRINTED_DATE_DISAGREES,
  /** No publication date is printed; the date comes from elsewhere. */
  NO_PRINTED_DATE,
  /** Nothing in or about the text dates it. */
  UNDATED
}
