package org.newsroom.foundation.webhook;

/** Where a delivery of one message to one subscriber stands. */
public enum DeliveryStatus {
  /** Not yet answered with a 2xx; tried again when due. */
  PENDING,
  /** Answered with a 2xx once; never sent again. */
  DELIVERED,
  /** Given up after the most attempts or the longest time allowed. */
  FAILED
}
