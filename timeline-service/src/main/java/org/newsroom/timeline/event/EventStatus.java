package org.newsroom.timeline.event;

/** Whether the event happened, as far as the sources tell. */
public enum EventStatus {
  OCCURRED,
  PLANNED,
  POSTPONED,
  CANCELLED,
  EXPECTED
}
