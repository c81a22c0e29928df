package org.newsroom.foundation.strict;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.newsroom.foundation.problem.CommonProblem;
import org.newsroom.foundation.problem.ProblemException;

/** What every request must be before a resource reads it. */
public class RequestScreening {

  /**
   * A body says what it is: one sent without {@code Content-Type} is a 415, not guessed to be JSON.
   */
  @ServerRequestFilter(preMatching = true)
  public void requireContentTypeOnBodies(HttpServerRequest request) {
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    boolean body =
        request.getHeader("Transfer-Encoding") != null
            || (length != null && !length.strip().equals("0"));
    if (body && request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
      throw new ProblemException(
          CommonProblem.UNSUPPORTED_MEDIA_TYPE,
          "Send 'Content-Type: application/json' with the body");
    }
  }
}
