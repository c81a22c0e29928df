package org.newsroom.foundation.rest;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers every response carries: no content sniffing, no framing, no referrer; nothing a bearer
 * token read is kept by a cache; a Content-Security-Policy that lets an HTML page (Swagger UI) use
 * only what this service serves, and an API response nothing at all.
 */
@ApplicationScoped
public class SecurityHeaders {

  static final String HTML_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " frame-ancestors 'none'; form-action 'self'";
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::onEveryResponse);
  }

  private void onEveryResponse(RoutingContext context) {
    boolean authenticated = context.request().getHeader(HttpHeaders.AUTHORIZATION) != null;
    context.addHeadersEndHandler(v -> secure(context.response().headers(), authenticated));
    context.next();
  }

  private static void secure(MultiMap headers, boolean authenticated) {
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "no-referrer");
    String type = headers.get(HttpHeaders.CONTENT_TYPE);
    boolean html = type != null && type.startsWith("text/html");
    if (!headers.contains("Content-Security-Policy")) {
      headers.set("Content-Security-Policy", html ? HTML_POLICY : API_POLICY);
    }
    if (authenticated) {
      headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
      headers.add(HttpHeaders.VARY, "Authorization");
    }
  }
}
