package org.newsroom.factcheck.discrepancy;

/** What sort of disagreement it is. */
public enum DiscrepancyKind {
  /** A date printed wrongly, e.g. the wrong year on a dateline. */
  DATE_ERROR,
  /** Numbers, durations or amounts that differ. */
  NUMERIC_MISMATCH,
  /** Sources state incompatible facts. */
  FACTUAL_CONFLICT,
  /** Sources credit the same words or position to different people. */
  ATTRIBUTION_CONFLICT,
  /** Spellings differ; usually a convention, recorded only when it misleads. */
  SPELLING_VARIANT,
  /** The same remark quoted in different words. */
  QUOTE_VARIANT,
  /** Unfilled template text or scraper residue published as content. */
  TEMPLATE_RESIDUE,
  OTHER
}
