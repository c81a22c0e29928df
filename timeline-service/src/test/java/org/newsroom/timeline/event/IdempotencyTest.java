package org.newsroom.timeline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;
import static org.newsroom.timeline.Fixtures.JOURNALIST;
import static org.newsroom.timeline.Fixtures.event;
import static org.newsroom.timeline.Fixtures.source;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.newsroom.foundation.rest.IdempotentRequest;
import org.newsroom.testing.Tokens;
import org.newsroom.testing.body.CitationBody;
import org.newsroom.testing.body.EventBody;

/** A create retried with its Idempotency-Key gets the first answer again, never a duplicate. */
@QuarkusTest
class IdempotencyTest {

  private static final String TEXT = "The ministers met in the capital on Tuesday for five hours.";

  @Test
  void shouldAnswerARetryWithTheFirstResultInsteadOfADuplicate() {
    long src = source("Wire", TEXT + " " + unique("idem"));
    String title = unique("Once");
    EventBody body = event(title, "2025-02-18", CitationBody.of(src, "Tuesday"));
    String key = unique("key");
    Response first =
        as(JOURNALIST).header("Idempotency-Key", key).body(body).post("/api/v1/events");
    first.then().statusCode(201);
    Response retry =
        as(JOURNALIST).header("Idempotency-Key", key).body(body).post("/api/v1/events");
    retry.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertEquals(first.jsonPath().getLong("id"), retry.jsonPath().getLong("id"));
    assertEquals(first.header("Location"), retry.header("Location"));
    given().queryParam("q", title).get("/api/v1/events").then().body("total", equalTo(1));
  }

  @Test
  void shouldKeepKeysApartPerSenderAndFreeAKeyWhoseRequestWasRefused() {
    long src = source("Wire", TEXT + " " + unique("idem"));
    String title = unique("Twice");
    EventBody body = event(title, "2025-02-18", CitationBody.of(src, "Tuesday"));
    String key = unique("key");
    as(JOURNALIST)
        .header("Idempotency-Key", key)
        .body(body.withTitle(""))
        .post("/api/v1/events")
        .then()
        .statusCode(400);
    as(JOURNALIST)
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/events")
        .then()
        .statusCode(201);
    as(Tokens.journalist("Kim Reporter"))
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/events")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    given().queryParam("q", title).get("/api/v1/events").then().body("total", equalTo(2));
  }

  @Test
  void shouldFreeAKeyLeftRunningByACrashAndForgetAnswersAfterADay() {
    long src = source("Wire", TEXT + " " + unique("idem"));
    String title = unique("Crashed");
    EventBody body = event(title, "2025-02-18", CitationBody.of(src, "Tuesday"));
    String key = unique("key");
    as(JOURNALIST)
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/events")
        .then()
        .statusCode(201);
    // As a crash would leave it: taken three minutes ago, never answered.
    age(title, 0, Duration.ofMinutes(3));
    as(JOURNALIST)
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/events")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    // An answer a day and an hour old is forgotten too.
    age(title, 201, Duration.ofHours(25));
    as(JOURNALIST)
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/events")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    given().queryParam("q", title).get("/api/v1/events").then().body("total", equalTo(3));
  }

  /** Makes the kept answer of the request that created {@code title} older, with this status. */
  private static void age(String title, int status, Duration by) {
    int updated =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    IdempotentRequest.update(
                        "status = ?1, createdAt = ?2 where body like ?3",
                        status,
                        OffsetDateTime.now().minus(by),
                        "%" + title + "%"));
    assertEquals(1, updated);
  }

  @Test
  void shouldDeclareTheKeyOnEveryCreateInTheContract() {
    var doc = org.newsroom.testing.Api.openApi(given());
    assertEquals("header", doc.getString("components.parameters.IdempotencyKey.in"));
    assertEquals("Idempotency-Key", doc.getString("components.parameters.IdempotencyKey.name"));
    for (String path : java.util.List.of("/api/v1/events", "/api/v1/sources")) {
      assertEquals(
          java.util.List.of("#/components/parameters/IdempotencyKey"),
          doc.getList("paths.'" + path + "'.post.parameters.$ref"),
          path);
    }
  }
}
