package org.newsroom.factcheck;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.newsroom.foundation.problem.CommonProblem;

/** What factcheck-service stands on before its own features: a checked database, problem 404s. */
@QuarkusTest
class HealthTest {

  @Test
  void shouldBeReadyOnlyWithItsDatabaseChecked() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("Database connections health check"));
  }

  @Test
  void shouldAnswerUnknownPathsWithProblemJson() {
    given()
        .get("/api/v1/discrepancies/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo(CommonProblem.NOT_FOUND.uri().toString()))
        .body("instance", equalTo("/api/v1/discrepancies/nothing-here"));
  }
}
