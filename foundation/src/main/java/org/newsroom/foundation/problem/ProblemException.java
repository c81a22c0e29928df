package org.newsroom.foundation.problem;

import java.util.List;

/** A failure the client can act on; the one mapper turns it into problem+json. */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final List<Problem.Violation> violations;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  public ProblemException(ProblemType type, String detail, List<Problem.Violation> violations) {
    super(detail, null, false, false);
    this.type = type;
    this.violations = List.copyOf(violations);
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(CommonProblem.NOT_FOUND, what + " " + id + " does not exist");
  }

  /**
   * The entity found, or a 404 problem naming what and which: find-or-404, written once.
   *
   * @throws ProblemException 404 when {@code found} is null
   */
  public static <T> T orNotFound(T found, String what, Object id) {
    if (found == null) {
      throw notFound(what, id);
    }
    return found;
  }

  public static ProblemException invalidParameter(String name, String message) {
    return new ProblemException(
        CommonProblem.INVALID_PARAMETER,
        "Parameter '" + name + "' " + message,
        List.of(new Problem.Violation(name, message)));
  }

  public static ProblemException invalidField(String field, String message) {
    return new ProblemException(
        CommonProblem.VALIDATION,
        field + ": " + message,
        List.of(new Problem.Violation(field, message)));
  }

  public ProblemType type() {
    return type;
  }

  public List<Problem.Violation> violations() {
    return violations;
  }

  /** Too many requests: a 429 that tells the client when to retry. */
  public static final class RateLimited extends ProblemException {
    private final long retryAfterSeconds;

    public RateLimited(String detail, long retryAfterSeconds) {
      super(CommonProblem.TOO_MANY_REQUESTS, detail);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}
