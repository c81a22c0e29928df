package org.newsroom.timeline.problem;

import org.newsroom.foundation.problem.ProblemType;

/** Problem types only timeline-service answers with. */
public final class TimelineProblem {

  public static final ProblemType CITATION_INVALID =
      new ProblemType("citation-invalid", 422, "A citation does not match its source");
  public static final ProblemType QUOTE_MISMATCH =
      new ProblemType("quote-mismatch", 422, "The quote does not match the source text");
  public static final ProblemType SOURCE_IN_USE =
      new ProblemType("source-in-use", 409, "The source is cited or quoted and cannot be deleted");
  public static final ProblemType FACTCHECK_UNAVAILABLE =
      new ProblemType(
          "factcheck-unavailable",
          503,
          "factcheck-service could not say whether it quotes the source; try again later");

  public static final ProblemType NOT_ANALYSED =
      new ProblemType("not-analysed", 404, "The source has not been analysed");
  public static final ProblemType REVIEW_CONFLICT =
      new ProblemType("review-conflict", 409, "The review action does not apply to this event");

  private TimelineProblem() {}
}
