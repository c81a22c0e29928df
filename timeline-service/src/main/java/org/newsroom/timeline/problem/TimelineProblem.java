package org.newsroom.timeline.problem;

import org.newsroom.foundation.problem.ProblemType;

/** Problem types only timeline-service answers with. */
public enum TimelineProblem implements ProblemType {
  CITATION_INVALID("citation-invalid", 422, "A citation does not match its source"),
  QUOTE_MISMATCH("quote-mismatch", 422, "The quote does not match the source text"),
  SOURCE_IN_USE("source-in-use", 409, "The source is cited and cannot be deleted");

  private final String slug;
  private final int status;
  private final String title;

  TimelineProblem(String slug, int status, String title) {
    this.slug = slug;
    this.status = status;
    this.title = title;
  }

  @Override
  public String slug() {
    return slug;
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public String title() {
    return title;
  }
}
