package org.newsroom.timeline.source;

/** Who set a source's trusted date. */
public enum TrustedDateBasis {
  /** A person, with the source or later; the analysis never overrides it. */
  PERSON,
  /** The analysis, from the evidence in and about the text (see the source's analysis). */
  ANALYSIS,
  /** The printed date, taken as it is because nothing else dates the text. */
  PRINTED
}
