package org.newsroom.factcheck.discrepancy;

/** What about the fact is in dispute. */
public enum Attribute {
  DATE,
  TIME,
  DURATION,
  COUNT,
  AMOUNT,
  NAME,
  PLACE,
  ATTRIBUTION,
  WORDING,
  OTHER
}
