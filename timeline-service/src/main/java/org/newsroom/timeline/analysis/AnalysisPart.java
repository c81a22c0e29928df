package org.newsroom.timeline.analysis;

/** The parts of a source's analysis a reader can ask for. */
public enum AnalysisPart {
  SCOPES,
  MENTIONS,
  FINDINGS,
  QUANTITIES,
  NAMES,
  CLAIMS
}
