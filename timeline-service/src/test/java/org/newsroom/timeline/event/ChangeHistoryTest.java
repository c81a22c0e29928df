package org.newsroom.timeline.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;
import static org.newsroom.timeline.Fixtures.EDITOR;
import static org.newsroom.timeline.Fixtures.JOURNALIST;
import static org.newsroom.timeline.Fixtures.createEvent;
import static org.newsroom.timeline.Fixtures.event;
import static org.newsroom.timeline.Fixtures.source;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.testing.body.CitationBody;
import org.newsroom.testing.body.DecisionBody;
import org.newsroom.testing.body.EventBody;
import org.newsroom.testing.body.MergeBody;
import org.newsroom.testing.body.SourceBody;
import org.newsroom.testing.body.SourceMetadataBody;

/** Every change to events and sources is kept with who, when, and the resource before and after. */
@QuarkusTest
class ChangeHistoryTest {

  private static final String TEXT =
      "The delegations met for four and a half hours on Tuesday and agreed to meet again.";

  @Test
  void shouldKeepWhoChangedAnEventAndWhatItReadBeforeAndAfterEvenOnceDeleted() {
    long src = source("Wire", TEXT + " " + unique("changes"));
    String first = unique("Talks begin");
    EventBody body = event(first, "2025-02-18", CitationBody.of(src, "Tuesday"));
    long id = createEvent(body);
    String second = unique("Talks end");
    Response edited =
        as(EDITOR)
            .header("If-Match", etag(id))
            .body(body.withTitle(second))
            .put("/api/v1/events/{id}", id);
    edited.then().statusCode(200);
    as(EDITOR)
        .header("If-Match", edited.header("ETag"))
        .delete("/api/v1/events/{id}", id)
        .then()
        .statusCode(204);
    given().get("/api/v1/events/{id}", id).then().statusCode(404);

    JsonPath changes = changes("events", id);
    assertEquals(List.of("CREATED", "EDITED", "DELETED"), changes.getList("items.action"));
    assertEquals(
        List.of("Jo Journalist", "Ed Editor", "Ed Editor"), changes.getList("items.actor"));
    assertNull(changes.get("items[0].before"));
    assertEquals(first, changes.getString("items[0].after.title"));
    assertEquals(first, changes.getString("items[1].before.title"));
    assertEquals(second, changes.getString("items[1].after.title"));
    assertEquals(List.of("title"), changes.getList("items[1].changed"), "version aside");
    assertEquals(second, changes.getString("items[2].before.title"));
    assertNull(changes.get("items[2].after"));
    List<Long> ids = changes.getList("items.id", Long.class);
    assertTrue(ids.get(0) < ids.get(1) && ids.get(1) < ids.get(2), "oldest first");
    assertFalse(changes.getString("items[0].at").isBlank());
  }

  @Test
  void shouldKeepNothingForARefusedWrite() {
    long src = source("Wire", TEXT + " " + unique("refused"));
    EventBody body = event(unique("Refused"), "2025-02-18", CitationBody.of(src, "Tuesday"));
    long id = createEvent(body);
    as(EDITOR)
        .header("If-Match", "\"999\"")
        .body(body.withTitle("Stale"))
        .put("/api/v1/events/{id}", id)
        .then()
        .statusCode(412);
    as(EDITOR)
        .header("If-Match", etag(id))
        .body(body.withCitations(CitationBody.of(src, "not in the text")))
        .put("/api/v1/events/{id}", id)
        .then()
        .statusCode(422);
    assertEquals(List.of("CREATED"), changes("events", id).getList("items.action"));
  }

  @Test
  void shouldNameTheDecisionAndEveryEventAMergeTouches() {
    long src = source("Wire", TEXT + " " + unique("merge"));
    long target = createEvent(event(unique("Kept"), "2025-02-18", CitationBody.of(src, "met")));
    long folded =
        createEvent(event(unique("Folded"), "2025-02-18", CitationBody.of(src, "Tuesday")));
    as(EDITOR)
        .header("If-Match", etag(target))
        .body(MergeBody.of(List.of(folded), "same meeting"))
        .post("/api/v1/events/{id}/merge", target)
        .then()
        .statusCode(200);

    JsonPath kept = changes("events", target);
    assertEquals("MERGED_IN", kept.getString("items[-1].action"));
    assertEquals("Ed Editor", kept.getString("items[-1].actor"));
    assertTrue(kept.getList("items[-1].changed").contains("citations"));
    JsonPath gone = changes("events", folded);
    assertEquals("MERGED_INTO", gone.getString("items[-1].action"));
    assertEquals(0, gone.getList("items[-1].after.citations").size());
  }

  @Test
  void shouldKeepWhatTheAnalysisProposedUnderItsOwnNameAndTheEditorsDecision() {
    // A day and a happening no other test writes about, so no other analysis cites the event.
    String town = unique("Larkmoor");
    long src =
        as(JOURNALIST)
            .body(
                SourceBody.of(
                        "Valley Courier",
                        "Lighthouse keepers in "
                            + town
                            + " went on strike on Monday over rotas, their guild said.")
                    .withPrintedDate("15 March 1962"))
            .post("/api/v1/sources")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Map<String, Object> proposed =
        given()
            .queryParam("sourceId", src)
            .queryParam("origin", "EXTRACTED")
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("items[0]");
    long id = ((Number) proposed.get("id")).longValue();
    String extractor = (String) ((Map<?, ?>) proposed.get("provenance")).get("extractor");

    as(EDITOR)
        .header("If-Match", etag(id))
        .body(DecisionBody.of("CONFIRM", "checked against the union's statement"))
        .post("/api/v1/events/{id}/review", id)
        .then()
        .statusCode(200);

    JsonPath changes = changes("events", id);
    assertEquals(List.of("CREATED", "CONFIRMED"), changes.getList("items.action"));
    assertEquals(List.of(extractor, "Ed Editor"), changes.getList("items.actor"));
    assertEquals("UNREVIEWED", changes.getString("items[1].before.provenance.reviewStatus"));
    assertEquals("CONFIRMED", changes.getString("items[1].after.provenance.reviewStatus"));
  }

  @Test
  void shouldKeepEveryChangeToASourcesMetadata() {
    long id = source("Wire", TEXT + " " + unique("metadata"));
    String etag = given().get("/api/v1/sources/{id}", id).header("ETag");
    as(EDITOR)
        .header("If-Match", etag)
        .body(SourceMetadataBody.of("Wire Service"))
        .put("/api/v1/sources/{id}", id)
        .then()
        .statusCode(200);

    JsonPath changes = changes("sources", id);
    assertEquals("CREATED", changes.getString("items[0].action"));
    assertEquals("Jo Journalist", changes.getString("items[0].actor"));
    Map<String, Object> edit =
        changes.getList("items", Map.class).stream()
            .filter(c -> "EDITED".equals(c.get("action")))
            .findFirst()
            .orElseThrow();
    assertEquals("Ed Editor", edit.get("actor"));
    assertEquals("Wire", ((Map<?, ?>) edit.get("before")).get("outlet"));
    assertEquals("Wire Service", ((Map<?, ?>) edit.get("after")).get("outlet"));
    assertTrue(((List<?>) edit.get("changed")).contains("outlet"));
  }

  @Test
  void shouldAnswer404ForAResourceThatNeverExisted() {
    given()
        .get("/api/v1/events/{id}/changes", Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().get("/api/v1/sources/{id}/changes", Long.MAX_VALUE).then().statusCode(404);
  }

  private static String etag(long eventId) {
    return given()
        .get("/api/v1/events/{id}", eventId)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  private static JsonPath changes(String collection, long id) {
    return given()
        .queryParam("limit", 100)
        .get("/api/v1/" + collection + "/{id}/changes", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
