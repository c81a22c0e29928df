package org.newsroom.timeline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;
import static org.newsroom.timeline.Fixtures.JOURNALIST;
import static org.newsroom.timeline.Fixtures.event;
import static org.newsroom.timeline.Fixtures.source;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.newsroom.testing.body.CitationBody;
import org.newsroom.testing.body.EventBody;

/** When an event was made and last changed is kept by Hibernate, not by each writer. */
@QuarkusTest
class AuditTimestampsTest {

  private static final String TEXT =
      "The delegations met for four and a half hours on Tuesday and agreed to meet again.";

  @Test
  void shouldStampCreationOnceAndEveryChangeIncludingCitationsOnly() {
    long src = source("Wire", TEXT + " " + unique("audit"));
    EventBody body = event(unique("Audit"), "2025-02-18", CitationBody.of(src, "Tuesday"));
    Response created = as(JOURNALIST).body(body).post("/api/v1/events");
    created.then().statusCode(201);
    OffsetDateTime createdAt = at(created, "createdAt");
    assertNotNull(createdAt);
    assertEquals(createdAt, at(created, "updatedAt"), "a new event was last changed when made");
    long id = created.jsonPath().getLong("id");

    Response changed =
        as(JOURNALIST)
            .header("If-Match", created.header("ETag"))
            .body(body.withCitations(CitationBody.of(src, "four and a half hours")))
            .put("/api/v1/events/{id}", id);
    changed.then().statusCode(200);
    assertNotEquals(created.header("ETag"), changed.header("ETag"), "a new citation is a change");
    assertEquals(createdAt, at(changed, "createdAt"));
    assertTrue(at(changed, "updatedAt").isAfter(createdAt), "the change is stamped");

    Response read = as(JOURNALIST).get("/api/v1/events/{id}", id);
    assertEquals(at(changed, "updatedAt"), at(read, "updatedAt"), "what was answered is stored");
  }

  private static OffsetDateTime at(Response response, String field) {
    String value = response.jsonPath().getString(field);
    return value == null ? null : OffsetDateTime.parse(value);
  }
}
