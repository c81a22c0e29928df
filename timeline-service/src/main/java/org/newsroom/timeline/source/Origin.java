package org.newsroom.timeline.source;

/** How a source entered the system. */
public enum Origin {
  /** Posted through the API by a person. */
  API,
  /** Loaded from the curated seed set. */
  SEED,
  /** Brought in by an automatic importer (feeds, crawlers). */
  IMPORT
}
