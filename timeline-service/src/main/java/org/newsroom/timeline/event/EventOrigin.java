package org.newsroom.timeline.event;

/** Where an event came from. */
public enum EventOrigin {
  /** Written by a person through the API. */
  MANUAL,
  /** Curated from the seed articles. */
  SEED,
  /** Proposed by an automatic extractor (named in {@code extractor}). */
  EXTRACTED
}
