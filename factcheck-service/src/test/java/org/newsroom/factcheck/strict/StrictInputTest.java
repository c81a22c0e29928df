package org.newsroom.factcheck.strict;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.newsroom.factcheck.Fixtures.JOURNALIST;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsroom.foundation.problem.CommonProblem;

/**
 * Discrepancies and corrections are read as strictly as everything else: a wrong shape is a 400
 * naming the field before timeline-service is asked, and nothing is stored.
 */
@QuarkusTest
class StrictInputTest {

  private static String discrepancy(String subject, String extra) {
    return "{\"subject\": \""
        + subject
        + "\", \"attribute\": \"DURATION\", \"kind\": \"NUMERIC_MISMATCH\","
        + " \"severity\": \"LOW\", \"assertions\": ["
        + "{\"sourceId\": 1, \"quote\": {\"exact\": \"a\"}, \"statedValue\": \"a\"},"
        + "{\"sourceId\": 2, \"quote\": {\"exact\": \"b\"}, \"statedValue\": \"b\"}]"
        + extra
        + "}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "a fraction for an id => , \"eventId\": 1.5 => eventId",
        "a string for an id => , \"eventId\": \"7\" => eventId",
        "a number for an enum => , \"kind\": 2 => kind",
        "NUL in a string => , \"description\": \"x\\u0000\" => description",
        "an unpaired surrogate => , \"description\": \"\\udc00\" => description",
      })
  void shouldRefuseAWrongShapeNamingTheFieldAndStoreNothing(
      String what, String extra, String field) {
    String subject = unique("Strict");
    as(JOURNALIST)
        .body(discrepancy(subject, extra))
        .post("/api/v1/discrepancies")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field));
    given().queryParam("q", subject).get("/api/v1/discrepancies").then().body("total", equalTo(0));
  }

  @ParameterizedTest(name = "{0}?{1}={2}")
  @CsvSource({
    "discrepancies, q, %00",
    "discrepancies, sourceId, 9223372036854775808",
    "discrepancies, limit, abc",
    "corrections, submitter, a%00",
    "corrections, discrepancyId, 1.5",
    "corrections, offset, -",
  })
  void shouldRefuseAQueryParameterThatDoesNotParseNamingIt(
      String collection, String name, String value) {
    given()
        .urlEncodingEnabled(false)
        .get("/api/v1/" + collection + "?" + name + "=" + value)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo(CommonProblem.INVALID_PARAMETER.uri().toString()))
        .body("errors.field", hasItem(name));
  }
}
