package org.newsroom.foundation.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refusals the HTTP layer makes before any resource runs answer problem+json too, never an empty
 * body or an HTML page: a body announced or streamed larger than {@code
 * quarkus.http.limits.max-body-size} (413), a URI longer than {@code newsroom.http.max-uri-length}
 * (414), headers larger than {@code newsroom.http.max-header-bytes} (431), an HTTP/1.1 request
 * without {@code Host} (400), a body without {@code Content-Type} (415, never guessed to be JSON),
 * and any failure the router sees. The codec's own limits are set well above these (shared
 * configuration), so these checks, not the codec, are what a client meets.
 */
@ApplicationScoped
public class TransportProblems {

  @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
  MemorySize maxBodySize;

  @ConfigProperty(name = "newsroom.http.max-uri-length", defaultValue = "8192")
  int maxUriLength;

  @ConfigProperty(name = "newsroom.http.max-header-bytes", defaultValue = "16384")
  int maxHeaderBytes;

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE + 1).handler(this::screen);
    router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
  }

  private void screen(RoutingContext context) {
    HttpServerRequest request = context.request();
    if (request.uri().length() > maxUriLength) {
      refuse(
          context,
          CommonProblem.URI_TOO_LONG,
          "The URI is " + request.uri().length() + " characters; at most " + maxUriLength);
    } else if (headerBytes(request) > maxHeaderBytes) {
      refuse(
          context,
          CommonProblem.HEADERS_TOO_LARGE,
          "The headers take more than " + maxHeaderBytes + " bytes");
    } else if (request.version() == HttpVersion.HTTP_1_1 && request.getHeader("Host") == null) {
      refuse(context, CommonProblem.MALFORMED_REQUEST, "An HTTP/1.1 request needs a Host header");
    } else if (isLarger(request.getHeader(HttpHeaders.CONTENT_LENGTH), maxBodySize.asLongValue())) {
      refuse(context, CommonProblem.PAYLOAD_TOO_LARGE, tooLarge());
    } else if (hasBody(request) && request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
      refuse(
          context,
          CommonProblem.UNSUPPORTED_MEDIA_TYPE,
          "Send 'Content-Type: application/json' with the body");
    } else {
      context.next();
    }
  }

  /** What fails in the router (a streamed body over the limit, a framing error) is a problem. */
  private void failed(RoutingContext context) {
    if (context.response().headWritten()) {
      context.next();
      return;
    }
    int status = context.statusCode() > 0 ? context.statusCode() : 500;
    ProblemType type = CommonProblem.forStatus(status);
    String detail =
        status == 413 ? tooLarge() : status >= 500 ? "The request could not be completed" : null;
    refuse(context, type, detail == null ? type.title() : detail, status);
  }

  private String tooLarge() {
    return "The body is larger than this service accepts: at most "
        + maxBodySize.asLongValue()
        + " bytes";
  }

  private static void refuse(RoutingContext context, ProblemType type, String detail) {
    refuse(context, type, detail, type.status());
  }

  private static void refuse(RoutingContext context, ProblemType type, String detail, int status) {
    String path = context.request().path();
    Problem problem =
        new Problem(
            type.uri().toString(),
            type.title(),
            status,
            detail,
            path == null || path.length() > 2048 ? null : path,
            List.of());
    context
        .response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(Json.encode(problem));
  }

  /** A body is announced by a non-zero Content-Length or by chunked transfer. */
  private static boolean hasBody(HttpServerRequest request) {
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
        || (length != null && !length.strip().equals("0"));
  }

  private static int headerBytes(HttpServerRequest request) {
    int bytes = 0;
    for (Map.Entry<String, String> header : request.headers()) {
      bytes += header.getKey().length() + header.getValue().length() + 4;
    }
    return bytes;
  }

  private static boolean isLarger(String contentLength, long limit) {
    if (contentLength == null) {
      return false;
    }
    try {
      return Long.parseLong(contentLength.trim()) > limit;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
