package org.newsroom.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.newsroom.foundation.problem.CommonProblem;
import org.newsroom.testing.Api;
import org.newsroom.testing.Tokens;
import org.newsroom.testing.body.SourceBody;

/** The production profile, as {@code java -jar} runs it with only a database configured. */
@QuarkusTest
@TestProfile(ProductionProfileTest.Production.class)
class ProductionProfileTest {

  public static class Production implements QuarkusTestProfile {
    @Override
    public String getConfigProfile() {
      return "prod";
    }
  }

  @Test
  void shouldNeverTrustTheDevelopmentKey() {
    given()
        .contentType(ContentType.JSON)
        .header("Authorization", "Bearer " + Tokens.editor("Dev Editor"))
        .body(SourceBody.of("x", "production " + Api.unique("p")))
        .post("/api/v1/sources")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("type", equalTo(CommonProblem.UNAUTHENTICATED.uri().toString()));
  }

  @Test
  void shouldServeReadsButNoSwaggerUi() {
    given().get("/api/v1/timeline").then().statusCode(200);
    given().get("/q/swagger-ui/").then().statusCode(404);
  }
}
