package org.newsroom.foundation.precondition;

import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.Arrays;
import org.jboss.resteasy.reactive.RestResponse;
import org.newsroom.foundation.problem.CommonProblem;
import org.newsroom.foundation.problem.ProblemException;

/**
 * ETags from optimistic-locking versions, and the If-Match rules: missing → 428, stale → 412. So
 * two editors can never silently overwrite each other.
 */
public final class Preconditions {

  private Preconditions() {}

  /** The strong entity tag for a version, quoted as it goes on the wire: {@code "3"}. */
  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /** 200 with the body, its version as the ETag. */
  public static <T> RestResponse<T> ok(T body, long version) {
    return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.ETAG, etag(version)).build();
  }

  /** 201 with the body, Location, and its version as the ETag. */
  public static <T> RestResponse<T> created(T body, URI location, long version) {
    return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, body)
        .location(location)
        .header(HttpHeaders.ETAG, etag(version))
        .build();
  }

  /**
   * Checks an {@code If-Match} header against the current version.
   *
   * @throws ProblemException 428 when the header is missing (or {@code *}), 412 when no tag in it
   *     is the current one
   */
  public static void requireMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          CommonProblem.PRECONDITION_REQUIRED,
          "Send If-Match with the ETag from your last read (current ETag is "
              + etag(currentVersion)
              + ")");
    }
    if (ifMatch.trim().equals("*")) {
      throw new ProblemException(
          CommonProblem.PRECONDITION_REQUIRED,
          "If-Match: * would overwrite blindly; send the ETag from your last read");
    }
    String current = etag(currentVersion);
    boolean matches = Arrays.stream(ifMatch.split(",")).map(String::trim).anyMatch(current::equals);
    if (!matches) {
      throw new ProblemException(
          CommonProblem.PRECONDITION_FAILED,
          "If-Match "
              + ifMatch.trim()
              + " is stale: the resource is now at "
              + current
              + "; read it again and reapply your change");
    }
  }
}
