package org.newsroom.timeline.strict;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.testing.Api.as;
import static org.newsroom.timeline.Fixtures.JOURNALIST;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsroom.foundation.problem.CommonProblem;

/**
 * What the HTTP layer refuses by itself is a problem too, and every response carries its guards.
 */
@QuarkusTest
class TransportTest {

  @TestHTTPResource("/")
  URL root;

  @Test
  void shouldAnswerAnOverlongUriWith414Problem() {
    given()
        .get("/api/v1/events?q=" + "a".repeat(10 * 1024))
        .then()
        .statusCode(414)
        .contentType("application/problem+json")
        .body("type", equalTo(CommonProblem.URI_TOO_LONG.uri().toString()));
  }

  @Test
  void shouldAnswerOversizedHeadersWith431Problem() {
    given()
        .header("X-Padding", "p".repeat(20 * 1024))
        .get("/api/v1/events")
        .then()
        .statusCode(431)
        .contentType("application/problem+json")
        .body("type", equalTo(CommonProblem.HEADERS_TOO_LARGE.uri().toString()));
  }

  @Test
  void shouldAnswerAnOversizedStreamedBodyWith413Problem() {
    InputStream twentyMegabytes =
        new InputStream() {
          private int left = 20 * 1024 * 1024;

          @Override
          public int read() {
            return left-- > 0 ? 'a' : -1;
          }
        };
    as(JOURNALIST)
        .body(twentyMegabytes)
        .post("/api/v1/sources")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo(CommonProblem.PAYLOAD_TOO_LARGE.uri().toString()));
  }

  @Test
  void shouldAnswerARequestWithoutHostWith400Problem() throws Exception {
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write("GET /api/v1/events HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      StringBuilder answer = new StringBuilder();
      byte[] buffer = new byte[4096];
      try {
        InputStream in = socket.getInputStream();
        for (int n; (n = in.read(buffer)) > 0 && answer.indexOf("}") < 0; ) {
          answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
      } catch (java.net.SocketTimeoutException e) {
        // whatever arrived is the answer
      }
      assertTrue(answer.toString().startsWith("HTTP/1.1 400"), answer::toString);
      assertTrue(answer.toString().contains("application/problem+json"), answer::toString);
    }
  }

  @Test
  void shouldForbidSniffingFramingAndAnyContentOnApiResponses() {
    given()
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Content-Security-Policy", containsString("default-src 'none'"));
  }

  @Test
  void shouldKeepWhatATokenReadOutOfCaches() {
    as(JOURNALIST).get("/api/v1/events").then().statusCode(200).header("Cache-Control", "no-store");
  }

  @Test
  void shouldLetSwaggerUiLoadOnlyWhatTheServiceServes() {
    given()
        .get("/q/swagger-ui/")
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", containsString("default-src 'self'"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
  }
}
