package org.newsroom.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.newsroom.foundation.problem.CommonProblem;

@QuarkusTest
class HealthTest {

  @Test
  void shouldReportReadyWithTheDatabaseChecked() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("Database connections health check"));
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void shouldAnswerUnknownPathsAndMethodsWithProblems() {
    given()
        .get("/api/v1/nowhere")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo(CommonProblem.NOT_FOUND.uri().toString()));
    given()
        .patch("/api/v1/events")
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .body("type", equalTo(CommonProblem.METHOD_NOT_ALLOWED.uri().toString()));
  }

  @Test
  void shouldRefuseAnOversizedBodyWithAProblem() {
    given()
        .contentType("application/json")
        .body("{\"text\": \"" + "a".repeat(11 * 1024 * 1024) + "\"}")
        .post("/api/v1/sources")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo(CommonProblem.PAYLOAD_TOO_LARGE.uri().toString()));
  }

  @Test
  void shouldRefuseABodyThatIsNotJsonWithAProblem() {
    given()
        .contentType("text/plain")
        .body("hello")
        .post("/api/v1/events")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }
}
