package org.newsroom.timeline.extraction.text;

/** Where the words around an expression put it relative to when the text was written. */
public enum Tense {
  PAST,
  PRESENT,
  FUTURE,
  /** No verb or cue gives it away. */
  UNKNOWN
}
