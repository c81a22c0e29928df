package org.newsroom.factcheck.discrepancy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsroom.factcheck.Fixtures.JOURNALIST;
import static org.newsroom.factcheck.Fixtures.discrepancy;
import static org.newsroom.factcheck.Fixtures.source;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.newsroom.testing.body.AssertionBody;
import org.newsroom.testing.body.DiscrepancyBody;

/** Discrepancies have no natural key: a retried create with its Idempotency-Key records one. */
@QuarkusTest
class IdempotencyTest {

  @Test
  void shouldRecordOneDiscrepancyForARetriedCreate() {
    String tag = unique("idem");
    long first = source(unique("Wire"), "The 4-1/2 hours of talks ended. " + tag);
    long second = source(unique("Tabloid"), "It lasted almost five hours, aides said. " + tag);
    String subject = unique("Length");
    DiscrepancyBody body =
        discrepancy(
            subject,
            AssertionBody.of(first, "4-1/2 hours", "4-1/2 hours"),
            AssertionBody.of(second, "almost five hours", "almost five hours"));
    String key = unique("key");
    Response created =
        as(JOURNALIST).header("Idempotency-Key", key).body(body).post("/api/v1/discrepancies");
    created.then().statusCode(201);
    Response retried =
        as(JOURNALIST).header("Idempotency-Key", key).body(body).post("/api/v1/discrepancies");
    retried.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertEquals(created.jsonPath().getLong("id"), retried.jsonPath().getLong("id"));
    given().queryParam("q", subject).get("/api/v1/discrepancies").then().body("total", equalTo(1));
  }
}
