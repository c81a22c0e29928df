package org.newsroom.timeline.extraction.time;

/** What an expression needs to become a date. */
public enum MentionKind {
  /** Complete on its own: "18 February 2025", "2008". */
  ABSOLUTE,
  /** A date without its year, taken nearest the anchor: "February 18", "in May". */
  YEARLESS,
  /** Counted from the anchor: "yesterday", "on Tuesday", "six days ago", "next month". */
  RELATIVE,
  /** Counted from another date in the text: "the next day", "the following week". */
  ANAPHORIC
}
