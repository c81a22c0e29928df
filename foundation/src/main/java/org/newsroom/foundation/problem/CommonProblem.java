package org.newsroom.foundation.problem;

/** Problem types every service answers with. Service-specific types live in the service. */
public enum CommonProblem implements ProblemType {
  VALIDATION("validation", 400, "The request is not valid"),
  MALFORMED_BODY("malformed-body", 400, "The request body is not well-formed JSON"),
  INVALID_VALUE("invalid-value", 400, "A value in the request has the wrong type or format"),
  INVALID_PARAMETER("invalid-parameter", 400, "A query or path parameter is not valid"),
  UNAUTHENTICATED("unauthenticated", 401, "A valid bearer token is required"),
  FORBIDDEN("forbidden", 403, "Your role does not allow this operation"),
  NOT_FOUND("not-found", 404, "No such resource"),
  METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed on this resource"),
  NOT_ACCEPTABLE("not-acceptable", 406, "No acceptable representation"),
  CONFLICT("conflict", 409, "The request conflicts with the current state"),
  PRECONDITION_FAILED(
      "precondition-failed", 412, "The resource changed since you read it (stale If-Match)"),
  PAYLOAD_TOO_LARGE("payload-too-large", 413, "The request body is too large"),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported content type"),
  UNPROCESSABLE("unprocessable", 422, "The request is well-formed but cannot be applied"),
  PRECONDITION_REQUIRED(
      "precondition-required", 428, "This operation needs If-Match with the ETag you last read"),
  INTERNAL("internal", 500, "Internal error"),
  UNAVAILABLE("unavailable", 503, "A service this operation depends on is unavailable");

  private final String slug;
  private final int status;
  private final String title;

  CommonProblem(String slug, int status, String title) {
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

  /** The type for a bare HTTP status, used when the framework rejects a request by status alone. */
  public static ProblemType forStatus(int status) {
    for (CommonProblem problem : values()) {
      if (problem.status == status && problem != UNPROCESSABLE && problem != INVALID_VALUE) {
        return problem;
      }
    }
    return status >= 500 ? INTERNAL : VALIDATION;
  }
}
