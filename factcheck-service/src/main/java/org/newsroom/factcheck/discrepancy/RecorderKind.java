package org.newsroom.factcheck.discrepancy;

/** Who recorded a discrepancy. */
public enum RecorderKind {
  /** A person, named by their token. */
  PERSON,
  /** An automatic detector, named with its version. */
  DETECTOR,
  /** The curated seed set. */
  SEED
}
