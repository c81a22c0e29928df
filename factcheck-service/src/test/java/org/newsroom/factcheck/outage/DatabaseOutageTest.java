package org.newsroom.factcheck.outage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.factcheck.Fixtures.JOURNALIST;
import static org.newsroom.factcheck.Fixtures.discrepancy;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.factcheck.Fixtures;
import org.newsroom.factcheck.TimelineServiceResource;
import org.newsroom.foundation.problem.CommonProblem;
import org.newsroom.testing.RestartablePostgres;
import org.newsroom.testing.body.AssertionBody;

/**
 * factcheck-service's PostgreSQL stops and starts again: meanwhile every request is a 503 problem
 * and readiness is DOWN — even a write whose checks with timeline-service pass — and afterwards the
 * service serves again by itself with nothing acknowledged lost.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
class DatabaseOutageTest {

  public static class OwnDatabase implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(
          new TestResourceEntry(RestartablePostgres.class),
          new TestResourceEntry(TimelineServiceResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.datasource.jdbc.acquisition-timeout", "2S");
    }
  }

  @Test
  void shouldAnswer503WhileTheDatabaseIsDownAndRecoverByItself() throws Exception {
    Fixtures.TwoSources kept = Fixtures.recordedDiscrepancy();

    RestartablePostgres.stopServer();
    List<Response> during = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      during.add(given().get("/api/v1/discrepancies/{id}", kept.discrepancyId()));
      during.add(given().get("/api/v1/corrections"));
      during.add(
          as(JOURNALIST)
              .body(
                  discrepancy(
                      unique("During the outage"),
                      AssertionBody.of(kept.first(), "4-1/2 hours", "4-1/2 hours"),
                      AssertionBody.of(kept.second(), "almost five hours", "almost five hours")))
              .post("/api/v1/discrepancies"));
    }
    Response readiness = given().get("/q/health/ready");
    RestartablePostgres.startServer();

    for (Response r : during) {
      assertEquals(503, r.statusCode(), r.asString());
      assertEquals("application/problem+json", r.contentType().split(";")[0]);
      assertEquals(
          CommonProblem.DATABASE_UNAVAILABLE.uri().toString(), r.jsonPath().getString("type"));
    }
    assertEquals(503, readiness.statusCode());
    assertEquals("DOWN", readiness.jsonPath().getString("status"));

    long deadline = System.currentTimeMillis() + 30_000;
    int status = 0;
    while (status != 200 && System.currentTimeMillis() < deadline) {
      status = given().get("/api/v1/discrepancies/{id}", kept.discrepancyId()).statusCode();
      if (status != 200) {
        Thread.sleep(200);
      }
    }
    assertTrue(status == 200, "the service did not recover by itself");
    given()
        .get("/api/v1/discrepancies/{id}", kept.discrepancyId())
        .then()
        .body("subject", equalTo(kept.subject()));
    given()
        .queryParam("q", "During the outage")
        .get("/api/v1/discrepancies")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    given().get("/q/health/ready").then().statusCode(200);
  }
}
