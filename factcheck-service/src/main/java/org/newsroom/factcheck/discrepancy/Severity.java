package org.newsroom.factcheck.discrepancy;

/** How much the disagreement matters to a reader. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH
}
