package org.newsroom.timeline.strict;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.foundation.problem.CommonProblem;
import org.newsroom.testing.Tokens;
import org.newsroom.testing.body.SourceBody;

/** Writes are limited per token; a write over the limit is told when to come back. */
@QuarkusTest
@TestProfile(RateLimitTest.ThreeWritesAMinute.class)
class RateLimitTest {

  public static class ThreeWritesAMinute implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("newsroom.rate-limit.writes-per-minute", "3");
    }
  }

  @Test
  void shouldRefuseTheFourthWriteOfATokenInAMinuteWith429AndRetryAfter() {
    String busy = Tokens.journalist(unique("Busy"));
    for (int i = 0; i < 3; i++) {
      as(busy)
          .body(SourceBody.of(unique("Wire"), "Talks ended. " + unique("t")))
          .post("/api/v1/sources")
          .then()
          .statusCode(201);
    }
    as(busy)
        .body(SourceBody.of(unique("Wire"), "Talks ended. " + unique("t")))
        .post("/api/v1/sources")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
        .body("type", equalTo(CommonProblem.TOO_MANY_REQUESTS.uri().toString()));
    given().get("/api/v1/sources").then().statusCode(200);
    String other = Tokens.journalist(unique("Calm"));
    as(other)
        .body(SourceBody.of(unique("Wire"), "Talks ended. " + unique("t")))
        .post("/api/v1/sources")
        .then()
        .statusCode(201);
  }
}
