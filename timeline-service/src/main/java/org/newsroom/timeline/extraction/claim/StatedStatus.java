package org.newsroom.timeline.extraction.claim;

/** What a report says became of a happening, from the verb acting on it. */
public enum StatedStatus {
  /** "cancelled", "called off", "scrapped". */
  CANCELLED,
  /** "postponed", "delayed", "put off", "pushed back". */
  POSTPONED,
  /** "rescheduled", "moved to". */
  RESCHEDULED
}
