package org.newsroom.timeline.strict;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;
import static org.newsroom.timeline.Fixtures.JOURNALIST;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsroom.foundation.problem.CommonProblem;
import org.newsroom.testing.Tokens;

/**
 * JSON and query parameters are read strictly: what is not exactly the documented shape is a 400
 * problem naming the field or parameter, and nothing of it is stored.
 */
@QuarkusTest
class StrictInputTest {

  /** A source body whose outlet, unique per test, says whether anything was stored. */
  private static String source(String outlet, String extra) {
    return "{\"outlet\": \"" + outlet + "\", \"text\": \"Talks ended on Tuesday.\"" + extra + "}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "a number for a string => , \"title\": 123 => title",
        "a boolean for a string => , \"title\": true => title",
        "a number for a date => , \"publishedOn\": 20250218 => publishedOn",
        "a date-time for a date => , \"publishedOn\": \"2025-02-18T10:00:00\" => publishedOn",
        "NUL in a string => , \"title\": \"a\\u0000b\" => title",
        "an unpaired surrogate => , \"title\": \"a\\ud800b\" => title",
      })
  void shouldRefuseAWrongShapeNamingTheFieldAndStoreNothing(
      String what, String extra, String field) {
    String outlet = unique("Strict");
    as(JOURNALIST)
        .body(source(outlet, extra))
        .post("/api/v1/sources")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field));
    given().queryParam("outlet", outlet).get("/api/v1/sources").then().body("total", equalTo(0));
  }

  @Test
  void shouldRefuseANumberForAnEnum() {
    String body =
        "{\"title\": \"t\", \"start\": {\"value\": \"2025-02-18\"}, \"status\": 0,"
            + " \"citations\": [{\"sourceId\": 1, \"quote\": {\"exact\": \"x\"}}]}";
    as(JOURNALIST)
        .body(body)
        .post("/api/v1/events")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("status"));
  }

  @ParameterizedTest(name = "sourceId {0}")
  @CsvSource({"1.5", "\"1\"", "true"})
  void shouldRefuseAnIdThatIsNotAnInteger(String id) {
    String body =
        "{\"title\": \"t\", \"start\": {\"value\": \"2025-02-18\"}, \"status\": \"OCCURRED\","
            + " \"citations\": [{\"sourceId\": "
            + id
            + ", \"quote\": {\"exact\": \"x\"}}]}";
    as(JOURNALIST)
        .body(body)
        .post("/api/v1/events")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("citations[0].sourceId"));
  }

  @Test
  void shouldRefuseTextAfterTheJsonValue() {
    String outlet = unique("Trailing");
    as(JOURNALIST)
        .body(source(outlet, "") + " {\"more\": 1}")
        .post("/api/v1/sources")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given().queryParam("outlet", outlet).get("/api/v1/sources").then().body("total", equalTo(0));
  }

  @Test
  void shouldRefuseABodyWithoutContentTypeAs415() {
    String outlet = unique("Untyped");
    given()
        .header("Authorization", Tokens.bearer(JOURNALIST))
        .body(source(outlet, "").getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .post("/api/v1/sources")
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("type", equalTo(CommonProblem.UNSUPPORTED_MEDIA_TYPE.uri().toString()));
    given().queryParam("outlet", outlet).get("/api/v1/sources").then().body("total", equalTo(0));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "limit, abc",
    "offset, 1.5",
    "limit, 99999999999",
    "sourceId, 9223372036854775808",
    "q, a%00b",
    "participant, %00",
    "tag, x%00",
  })
  void shouldRefuseAQueryParameterThatDoesNotParseNamingIt(String name, String value) {
    given()
        .urlEncodingEnabled(false)
        .get("/api/v1/events?" + name + "=" + value)
        .then()
        .statusCode(400)
        .contentType(ContentType.fromContentType("application/problem+json"))
        .body("type", equalTo(CommonProblem.INVALID_PARAMETER.uri().toString()))
        .body("errors.field", hasItem(name));
  }
}
