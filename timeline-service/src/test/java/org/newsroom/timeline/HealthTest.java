package org.newsroom.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

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
        .body("type", equalTo("urn:newsroom:problem:not-found"));
    given()
        .patch("/api/v1/events")
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:newsroom:problem:method-not-allowed"));
    given()
        .contentType("application/json")
        .body("{\"text\": \"" + "a".repeat(11 * 1024 * 1024) + "\"}")
        .post("/api/v1/sources")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:newsroom:problem:payload-too-large"));
    given()
        .contentType("text/plain")
        .body("hello")
        .post("/api/v1/events")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }
}
