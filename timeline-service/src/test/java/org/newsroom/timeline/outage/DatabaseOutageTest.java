package org.newsroom.timeline.outage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;
import static org.newsroom.timeline.Fixtures.JOURNALIST;
import static org.newsroom.timeline.Fixtures.source;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.foundation.problem.CommonProblem;
import org.newsroom.testing.RestartablePostgres;
import org.newsroom.testing.body.SourceBody;

/**
 * PostgreSQL stops under the service and starts again: meanwhile every request is a 503 problem and
 * readiness is DOWN; afterwards the service serves again by itself and nothing acknowledged is
 * lost.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
class DatabaseOutageTest {

  public static class OwnDatabase implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(RestartablePostgres.class));
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
    String outlet = unique("Before");
    long kept = source(outlet, "Talks ended on Tuesday. " + unique("t"));

    RestartablePostgres.stopServer();
    List<Response> during = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      during.add(given().get("/api/v1/sources/{id}", kept));
      during.add(given().get("/api/v1/events"));
      during.add(
          as(JOURNALIST)
              .body(SourceBody.of(unique("During"), "Talks resumed. " + unique("t")))
              .post("/api/v1/sources"));
    }
    Response readiness = given().get("/q/health/ready");
    RestartablePostgres.startServer();

    for (Response r : during) {
      assertEquals(503, r.statusCode(), r.asString());
      assertEquals(Problem.TYPE, r.contentType().split(";")[0]);
      assertEquals(
          CommonProblem.DATABASE_UNAVAILABLE.uri().toString(), r.jsonPath().getString("type"));
    }
    assertEquals(503, readiness.statusCode());
    assertEquals("DOWN", readiness.jsonPath().getString("status"));

    long deadline = System.currentTimeMillis() + 30_000;
    int status = 0;
    while (status != 200 && System.currentTimeMillis() < deadline) {
      status = given().get("/api/v1/sources/{id}", kept).statusCode();
      if (status != 200) {
        Thread.sleep(200);
      }
    }
    assertTrue(status == 200, "the service did not recover by itself");
    given().get("/api/v1/sources/{id}", kept).then().body("outlet", equalTo(outlet));
    given().get("/q/health/ready").then().statusCode(200);
  }

  /** The media type every refusal carries. */
  private static final class Problem {
    static final String TYPE = "application/problem+json";
  }
}
