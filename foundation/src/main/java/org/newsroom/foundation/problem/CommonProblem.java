package org.newsroom.foundation.problem;

import java.util.List;

/** Problem types every service answers with. Service-specific types live in the service. */
public final class CommonProblem {

  public static final ProblemType VALIDATION =
      new ProblemType("validation", 400, "The request is not valid");
  public static final ProblemType MALFORMED_BODY =
      new ProblemType("malformed-body", 400, "The request body is not well-formed JSON");
  public static final ProblemType INVALID_VALUE =
      new ProblemType("invalid-value", 400, "A value in the request has the wrong type or format");
  public static final ProblemType INVALID_PARAMETER =
      new ProblemType("invalid-parameter", 400, "A query or path parameter is not valid");
  public static final ProblemType UNAUTHENTICATED =
      new ProblemType("unauthenticated", 401, "A valid bearer token is required");
  public static final ProblemType FORBIDDEN =
      new ProblemType("forbidden", 403, "Your role does not allow this operation");
  public static final ProblemType NOT_FOUND = new ProblemType("not-found", 404, "No such resource");
  public static final ProblemType METHOD_NOT_ALLOWED =
      new ProblemType("method-not-allowed", 405, "Method not allowed on this resource");
  public static final ProblemType NOT_ACCEPTABLE =
      new ProblemType("not-acceptable", 406, "No acceptable representation");
  public static final ProblemType CONFLICT =
      new ProblemType("conflict", 409, "The request conflicts with the current state");
  public static final ProblemType PRECONDITION_FAILED =
      new ProblemType(
          "precondition-failed", 412, "The resource changed since you read it (stale If-Match)");
  public static final ProblemType PAYLOAD_TOO_LARGE =
      new ProblemType("payload-too-large", 413, "The request body is too large");
  public static final ProblemType URI_TOO_LONG =
      new ProblemType("uri-too-long", 414, "The request URI is too long");
  public static final ProblemType UNSUPPORTED_MEDIA_TYPE =
      new ProblemType("unsupported-media-type", 415, "Unsupported content type");
  public static final ProblemType UNPROCESSABLE =
      new ProblemType("unprocessable", 422, "The request is well-formed but cannot be applied");
  public static final ProblemType PRECONDITION_REQUIRED =
      new ProblemType(
          "precondition-required",
          428,
          "This operation needs If-Match with the ETag you last read");
  public static final ProblemType TOO_MANY_REQUESTS =
      new ProblemType("too-many-requests", 429, "Too many requests; slow down");
  public static final ProblemType HEADERS_TOO_LARGE =
      new ProblemType("headers-too-large", 431, "The request headers are too large");
  public static final ProblemType MALFORMED_REQUEST =
      new ProblemType("malformed-request", 400, "The HTTP request is not well-formed");
  public static final ProblemType INTERNAL = new ProblemType("internal", 500, "Internal error");
  public static final ProblemType DATABASE_UNAVAILABLE =
      new ProblemType(
          "database-unavailable", 503, "The database is unavailable; nothing was changed");
  public static final ProblemType UNAVAILABLE =
      new ProblemType("unavailable", 503, "A service this operation depends on is unavailable");

  /** The type for each status the framework may answer by itself. */
  private static final List<ProblemType> BY_STATUS =
      List.of(
          VALIDATION,
          UNAUTHENTICATED,
          FORBIDDEN,
          NOT_FOUND,
          METHOD_NOT_ALLOWED,
          NOT_ACCEPTABLE,
          CONFLICT,
          PRECONDITION_FAILED,
          PAYLOAD_TOO_LARGE,
          URI_TOO_LONG,
          UNSUPPORTED_MEDIA_TYPE,
          PRECONDITION_REQUIRED,
          TOO_MANY_REQUESTS,
          HEADERS_TOO_LARGE,
          UNAVAILABLE);

  private CommonProblem() {}

  /** The type for a bare HTTP status, used when the framework rejects a request by status alone. */
  public static ProblemType forStatus(int status) {
    return BY_STATUS.stream()
        .filter(type -> type.status() == status)
        .findFirst()
        .orElse(status >= 500 ? INTERNAL : VALIDATION);
  }
}
