package org.newsroom.timeline.event;

/**
 * How precisely a date is known. Declared coarse to fine: on the same first day, coarser events
 * come first in the timeline.
 */
public enum Precision {
  YEAR,
  MONTH,
  WEEK,
  DAY,
  MINUTE
}
