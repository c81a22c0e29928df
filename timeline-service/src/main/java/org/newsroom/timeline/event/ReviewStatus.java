package org.newsroom.timeline.event;

/** Whether a person has checked the event against its sources. */
public enum ReviewStatus {
  UNREVIEWED,
  CONFIRMED,
  REJECTED
}
