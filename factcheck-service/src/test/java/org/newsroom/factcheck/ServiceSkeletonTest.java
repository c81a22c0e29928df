package org.newsroom.factcheck;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.newsroom.foundation.problem.CommonProblem;

/** What factcheck-service stands on before its own features: database, health, contract, errors. */
@QuarkusTest
class ServiceSkeletonTest {

  @Inject AgroalDataSource dataSource;

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
  void shouldHaveMigratedItsOwnSchemaWithFlyway() throws Exception {
    try (Connection connection = dataSource.getConnection();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "select count(*) from flyway_schema_history where success and version = '1'")) {
      rows.next();
      Assertions.assertEquals(1, rows.getInt(1));
    }
  }

  @Test
  void shouldPublishItsOpenApiInfo() {
    given()
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("info.title", containsString("fact-check"))
        .body("info.version", equalTo("1.0.0"))
        .body("info.contact.email", notNullValue())
        .body(
            "components.responses.NotFound.content.'application/problem+json'.schema.$ref",
            equalTo("#/components/schemas/Problem"));
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
