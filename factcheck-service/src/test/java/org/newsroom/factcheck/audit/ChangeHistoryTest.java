package org.newsroom.factcheck.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.factcheck.Fixtures.EDITOR;
import static org.newsroom.factcheck.Fixtures.JOURNALIST;
import static org.newsroom.factcheck.Fixtures.discrepancy;
import static org.newsroom.factcheck.Fixtures.etag;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.factcheck.Fixtures;
import org.newsroom.testing.body.AssertionBody;
import org.newsroom.testing.body.CorrectionBody;
import org.newsroom.testing.body.StatusChangeBody;
import org.newsroom.testing.body.TransitionNoteBody;

/**
 * Every change to discrepancies and corrections is kept with who, when, and the resource before and
 * after — edits as well as decisions.
 */
@QuarkusTest
class ChangeHistoryTest {

  private static final String DISCREPANCY = "/api/v1/discrepancies/{id}";
  private static final String CORRECTION = "/api/v1/corrections/{id}";

  @Test
  void shouldKeepEveryEditAndDecisionOnADiscrepancyWithBeforeAndAfter() {
    Fixtures.TwoSources made = Fixtures.recordedDiscrepancy();
    long id = made.discrepancyId();
    String subject = unique("How long the talks lasted");
    as(EDITOR)
        .header("If-Match", etag(DISCREPANCY, id))
        .body(
            discrepancy(
                subject,
                AssertionBody.of(made.first(), "4-1/2 hours", "4-1/2 hours"),
                AssertionBody.of(made.second(), "almost five hours", "almost five hours")))
        .put(DISCREPANCY, id)
        .then()
        .statusCode(200);
    as(EDITOR)
        .header("If-Match", etag(DISCREPANCY, id))
        .body(StatusChangeBody.to("CONFIRMED", "Checked both texts"))
        .post(DISCREPANCY + "/status", id)
        .then()
        .statusCode(200);
    // Refused: stale. Leaves nothing.
    as(EDITOR)
        .header("If-Match", "\"0\"")
        .body(StatusChangeBody.to("DISMISSED", "stale"))
        .post(DISCREPANCY + "/status", id)
        .then()
        .statusCode(412);

    JsonPath changes = changes("discrepancies", id);
    assertEquals(List.of("CREATED", "EDITED", "CONFIRMED"), changes.getList("items.action"));
    assertEquals(
        List.of("Jo Journalist", "Ed Editor", "Ed Editor"), changes.getList("items.actor"));
    assertNull(changes.get("items[0].before"));
    assertEquals(made.subject(), changes.getString("items[1].before.subject"));
    assertEquals(subject, changes.getString("items[1].after.subject"));
    assertTrue(changes.getList("items[1].changed").contains("subject"));
    assertEquals("OPEN", changes.getString("items[2].before.status"));
    assertEquals("CONFIRMED", changes.getString("items[2].after.status"));
  }

  @Test
  void shouldKeepACorrectionsReviewAndTheDiscrepancyItResolves() {
    Fixtures.TwoSources made = Fixtures.recordedDiscrepancy();
    long id =
        as(JOURNALIST)
            .body(
                CorrectionBody.of(
                        made.second(),
                        "almost five hours",
                        "four and a half hours",
                        "Pool timings say otherwise",
                        "An earlier version gave the wrong length.")
                    .withDiscrepancyId(made.discrepancyId()))
            .post("/api/v1/corrections")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    as(EDITOR)
        .header("If-Match", etag(CORRECTION, id))
        .body(TransitionNoteBody.of("Pool timings say 4h30"))
        .post(CORRECTION + "/approve", id)
        .then()
        .statusCode(200);

    JsonPath correction = changes("corrections", id);
    assertEquals(List.of("CREATED", "APPROVED"), correction.getList("items.action"));
    assertEquals(List.of("Jo Journalist", "Ed Editor"), correction.getList("items.actor"));
    assertEquals("SUBMITTED", correction.getString("items[1].before.status"));
    assertEquals("APPROVED", correction.getString("items[1].after.status"));

    JsonPath discrepancy = changes("discrepancies", made.discrepancyId());
    assertEquals("RESOLVED", discrepancy.getString("items[-1].action"));
    assertEquals("Ed Editor", discrepancy.getString("items[-1].actor"));
    assertEquals(id, discrepancy.getLong("items[-1].after.resolution.correctionId"));
  }

  @Test
  void shouldAnswer404ForAResourceThatNeverExisted() {
    given()
        .get("/api/v1/discrepancies/{id}/changes", Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().get("/api/v1/corrections/{id}/changes", Long.MAX_VALUE).then().statusCode(404);
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
