package org.newsroom.foundation.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refusals the HTTP layer makes before any resource runs answer problem+json too. Today: a body
 * announced (Content-Length) as larger than {@code quarkus.http.limits.max-body-size}, which would
 * otherwise get an empty 413.
 */
@ApplicationScoped
public class TransportProblems {

  @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
  MemorySize maxBodySize;

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::refuseOversizedBody);
  }

  private void refuseOversizedBody(RoutingContext context) {
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length == null || !isLarger(length, maxBodySize.asLongValue())) {
      context.next();
      return;
    }
    Problem problem =
        new Problem(
            CommonProblem.PAYLOAD_TOO_LARGE.uri().toString(),
            CommonProblem.PAYLOAD_TOO_LARGE.title(),
            413,
            "The body is "
                + length
                + " bytes; this service accepts at most "
                + maxBodySize.asLongValue(),
            context.normalizedPath(),
            List.of());
    context
        .response()
        .setStatusCode(413)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(Json.encode(problem));
  }

  private static boolean isLarger(String contentLength, long limit) {
    try {
      return Long.parseLong(contentLength.trim()) > limit;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
