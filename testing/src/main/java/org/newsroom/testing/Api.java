package org.newsroom.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.newsroom.testing.contract.DocumentedResponses;

/** Request helpers both services' tests use: unique names, authenticated JSON, the contract. */
public final class Api {

  static {
    // Also for requests made before the first test method (in @BeforeAll, say).
    DocumentedResponses.register();
  }

  private Api() {}

  /** A name no other test uses. */
  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A JSON request with a bearer token. */
  public static RequestSpecification as(String token) {
    return given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer(token));
  }

  /** The OpenAPI document of the service a request goes to, as JSON. */
  public static JsonPath openApi(RequestSpecification service) {
    return service
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
