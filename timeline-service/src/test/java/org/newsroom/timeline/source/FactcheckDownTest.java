package org.newsroom.timeline.source;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;
import static org.newsroom.timeline.Fixtures.EDITOR;
import static org.newsroom.timeline.Fixtures.source;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.timeline.problem.TimelineProblem;

/**
 * A source goes only when factcheck-service says nothing there quotes it; when it cannot say, the
 * source stays. (What it answers when it can is tested across both services in factcheck-service.)
 */
@QuarkusTest
@TestProfile(FactcheckDownTest.Unreachable.class)
class FactcheckDownTest {

  public static class Unreachable implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      // Port 1 refuses connections at once.
      return Map.of("timeline.factcheck.url", "http://127.0.0.1:1");
    }
  }

  @Test
  void shouldKeepTheSourceWith503WhenFactcheckCannotSayWhetherItQuotesIt() {
    long id = source("Wire", "Talks ended after four hours. " + unique("kept"));
    String etag = given().get("/api/v1/sources/{id}", id).header("ETag");
    as(EDITOR)
        .header("If-Match", etag)
        .delete("/api/v1/sources/{id}", id)
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("type", equalTo(TimelineProblem.FACTCHECK_UNAVAILABLE.uri().toString()));
    given().get("/api/v1/sources/{id}", id).then().statusCode(200).header("ETag", etag);
  }

  @Test
  void shouldAnswerAStaleIfMatchBeforeAskingFactcheck() {
    long id = source("Wire", "Talks ended after four hours. " + unique("stale"));
    as(EDITOR)
        .header("If-Match", "\"99\"")
        .delete("/api/v1/sources/{id}", id)
        .then()
        .statusCode(412);
  }
}
