package org.newsroom.factcheck.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.newsroom.factcheck.Fixtures.JOURNALIST;
import static org.newsroom.factcheck.Fixtures.discrepancy;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.factcheck.problem.FactcheckProblem;
import org.newsroom.testing.body.AssertionBody;

/**
 * timeline-service accepts connections but answers far too late: the client's read timeout ends the
 * wait, the caller gets a 503, and nothing is written.
 */
@QuarkusTest
@TestProfile(SlowTimelineTest.Slow.class)
class SlowTimelineTest {

  /** The slow stand-in, and a 1 s read timeout. */
  public static class Slow implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.rest-client.timeline.url",
          SlowTimeline.url(),
          "quarkus.rest-client.timeline.read-timeout",
          "1000");
    }
  }

  @Test
  void shouldGiveUpOnASlowTimelineWith503InsteadOfHanging() {
    String subject = unique("Slow");
    // A client-side limit well under the stand-in's delay: a hanging request fails the test.
    RestAssuredConfig bounded =
        RestAssuredConfig.config()
            .httpClient(
                HttpClientConfig.httpClientConfig()
                    .setParam("http.socket.timeout", (int) (SlowTimeline.DELAY_MS / 2)));
    as(JOURNALIST)
        .config(bounded)
        .body(discrepancy(subject, AssertionBody.of(1L, "a", "a"), AssertionBody.of(2L, "b", "b")))
        .post("/api/v1/discrepancies")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("type", equalTo(FactcheckProblem.TIMELINE_UNAVAILABLE.uri().toString()))
        .time(lessThan(SlowTimeline.DELAY_MS / 2));
    given().queryParam("q", subject).get("/api/v1/discrepancies").then().body("total", equalTo(0));
  }

  @Test
  void shouldStopAskingAFailingTimelineOnceItsBreakerOpens() {
    int before = -1;
    for (int attempt = 0; attempt < 8 && before != SlowTimeline.HITS.get(); attempt++) {
      before = SlowTimeline.HITS.get();
      as(JOURNALIST)
          .body(
              discrepancy(
                  unique("Breaker"),
                  AssertionBody.of(1L, "a", "a"),
                  AssertionBody.of(2L, "b", "b")))
          .post("/api/v1/discrepancies")
          .then()
          .statusCode(503);
    }
    int hits = SlowTimeline.HITS.get();
    as(JOURNALIST)
        .body(
            discrepancy(
                unique("Breaker"), AssertionBody.of(1L, "a", "a"), AssertionBody.of(2L, "b", "b")))
        .post("/api/v1/discrepancies")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("type", equalTo(FactcheckProblem.TIMELINE_UNAVAILABLE.uri().toString()))
        .body("detail", org.hamcrest.Matchers.containsString("failed repeatedly"));
    org.junit.jupiter.api.Assertions.assertEquals(
        hits, SlowTimeline.HITS.get(), "an open breaker does not call timeline-service");
  }
}
