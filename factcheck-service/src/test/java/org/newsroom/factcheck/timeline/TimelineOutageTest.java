package org.newsroom.factcheck.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.newsroom.factcheck.Fixtures.JOURNALIST;
import static org.newsroom.factcheck.Fixtures.discrepancy;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.factcheck.problem.FactcheckProblem;
import org.newsroom.testing.body.AssertionBody;
import org.newsroom.testing.body.CorrectionBody;

/** timeline-service is down (nothing listens on its port): writes are 503 and leave nothing. */
@QuarkusTest
@TestProfile(TimelineOutageTest.Unreachable.class)
class TimelineOutageTest {

  /** Points the client at a port that was free a moment ago: connections are refused. */
  public static class Unreachable implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      try (ServerSocket socket = new ServerSocket(0)) {
        return Map.of(
            "quarkus.rest-client.timeline.url", "http://127.0.0.1:" + socket.getLocalPort());
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void shouldAnswer503AndWriteNothingWhenTimelineRefusesConnections() {
    String subject = unique("While timeline is down");
    as(JOURNALIST)
        .body(discrepancy(subject, AssertionBody.of(1L, "a", "a"), AssertionBody.of(2L, "b", "b")))
        .post("/api/v1/discrepancies")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("type", equalTo(FactcheckProblem.TIMELINE_UNAVAILABLE.uri().toString()))
        .body("detail", containsString("nothing was written"));
    given().queryParam("q", subject).get("/api/v1/discrepancies").then().body("total", equalTo(0));
  }

  @Test
  void shouldAnswer503ForCorrectionsAndKeepServingReads() {
    as(JOURNALIST)
        .body(CorrectionBody.of(1L, "x", "y", "r", "n"))
        .post("/api/v1/corrections")
        .then()
        .statusCode(503)
        .body("type", equalTo(FactcheckProblem.TIMELINE_UNAVAILABLE.uri().toString()));
    given().get("/api/v1/corrections").then().statusCode(200);
    given().get("/q/health/ready").then().statusCode(200);
  }
}
