package org.newsroom.factcheck.problem;

import org.newsroom.foundation.problem.ProblemType;

/** Problem types only factcheck-service answers with. */
public final class FactcheckProblem {

  public static final ProblemType TIMELINE_UNAVAILABLE =
      new ProblemType(
          "timeline-unavailable",
          503,
          "timeline-service did not answer; nothing was written, try again");
  public static final ProblemType REFERENCE_INVALID =
      new ProblemType(
          "reference-invalid", 422, "A source, quote or event does not hold in timeline-service");
  public static final ProblemType ORIGINAL_TEXT_MISMATCH =
      new ProblemType(
          "original-text-mismatch", 422, "The original text is not the quoted span of the source");
  public static final ProblemType ILLEGAL_TRANSITION =
      new ProblemType("illegal-transition", 409, "Not allowed in the current state");
  public static final ProblemType SELF_REVIEW =
      new ProblemType("self-review", 403, "Editors do not review their own corrections");
  public static final ProblemType NOT_SUBMITTER =
      new ProblemType("not-submitter", 403, "Only the submitter may do this");

  public static final ProblemType NOT_REVIEWED =
      new ProblemType(
          "not-reviewed",
          409,
          "Not reviewed yet: an editor has not confirmed, dismissed or resolved it");
  public static final ProblemType NOT_PUBLISHED =
      new ProblemType("not-published", 409, "The correction has not been published");

  private FactcheckProblem() {}
}
