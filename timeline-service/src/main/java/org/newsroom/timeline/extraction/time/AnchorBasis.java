package org.newsroom.timeline.extraction.time;

/** What the date a text is read against rests on. */
public enum AnchorBasis {
  /** A person set the trusted date. */
  PERSON,
  /** A live-blog or page timestamp line ("Tuesday 18 February 2025 16:43, UK"). */
  TIMESTAMP,
  /** The dateline opening the story ("RIYADH, Feb 18 (Reuters) –"). */
  DATELINE,
  /** The printed publication date. */
  PRINTED,
  /** An explicit date in the text itself. */
  CONTENT,
  /** Other sources date the same happenings. */
  COVERAGE,
  /** Another expression in the text ("two days later" after "on 3 May"). */
  MENTION,
  /** Nothing dates the text. */
  NONE
}
