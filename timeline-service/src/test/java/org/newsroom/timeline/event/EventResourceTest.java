package org.newsroom.timeline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;
import static org.newsroom.timeline.Fixtures.EDITOR;
import static org.newsroom.timeline.Fixtures.JOURNALIST;
import static org.newsroom.timeline.Fixtures.createEvent;
import static org.newsroom.timeline.Fixtures.event;
import static org.newsroom.timeline.Fixtures.source;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.newsroom.foundation.problem.CommonProblem;
import org.newsroom.testing.body.CitationBody;
import org.newsroom.testing.body.EventBody;
import org.newsroom.testing.body.TimeBody;
import org.newsroom.timeline.problem.TimelineProblem;

@QuarkusTest
class EventResourceTest {

  private static final String RIYADH =
      "Following four-and-a-half hours of negotiations in Riyadh on Tuesday, the two sides agreed.";

  @Test
  void shouldCreateAnEventWithCompletedCitations() {
    long src = source("Financial Times", RIYADH + " " + unique("ft"));
    String title = unique("Riyadh talks");
    EventBody body = event(title, "2025-02-18", CitationBody.of(src, "four-and-a-half hours"));

    Response created = as(JOURNALIST).body(body).post("/api/v1/events");
    created
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/events/"))
        .header("ETag", "\"0\"")
        .body("title", equalTo(title))
        .body("start.value", equalTo("2025-02-18"))
        .body("start.precision", equalTo("DAY"))
        .body("when", equalTo("18 February 2025"))
        .body("spanFrom", equalTo("2025-02-18"))
        .body("spanTo", equalTo("2025-02-18"))
        .body("citations", hasSize(1))
        .body("citations[0].sourceId", equalTo((int) src))
        .body("citations[0].quote.start", equalTo(10))
        .body("citations[0].quote.end", equalTo(31))
        .body("citations[0].quote.prefix", equalTo("Following "))
        .body("citations[0].quote.suffix", equalTo(" of negotiations in Riyadh on Tu"))
        .body("citations[0].sourceSha256", notNullValue())
        .body("createdBy", equalTo("Jo Journalist"))
        .body("provenance.origin", equalTo("MANUAL"))
        .body("provenance.reviewStatus", equalTo("CONFIRMED"))
        .body("provenance.reviewedBy", equalTo("Jo Journalist"));

    long id = created.jsonPath().getLong("id");
    given()
        .get("/api/v1/events/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("citations[0].quote.exact", equalTo("four-and-a-half hours"))
        .body("participants", hasItem("Sergei Lavrov"));
  }

  @Test
  void shouldRejectACitationWhoseQuoteIsNotInTheSourceAndSaveNothing() {
    long src = source("Sky News", RIYADH + " " + unique("sky"));
    String title = unique("Never saved");
    EventBody body =
        event(title, "2025-02-18", CitationBody.of(src, "four-and-a-half hours"))
            .plusCitation(CitationBody.of(src, "almost five hours"));

    as(JOURNALIST)
        .body(body)
        .post("/api/v1/events")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo(TimelineProblem.CITATION_INVALID.uri().toString()))
        .body("errors[0].field", equalTo("citations[1].quote"))
        .body("errors[0].message", containsString("not in the source"));

    given().queryParam("q", title).get("/api/v1/events").then().body("total", equalTo(0));
  }

  @Test
  void shouldRejectOffsetsThatDoNotHoldTheQuote() {
    long src = source("Reuters", RIYADH + " " + unique("r"));
    CitationBody cite = CitationBody.of(src, "four-and-a-half hours");
    cite = cite.withQuote(cite.quote().withOffsets(11, 32));
    as(JOURNALIST)
        .body(event(unique("Shifted"), "2025-02-18", cite))
        .post("/api/v1/events")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("citations[0].quote"))
        .body("errors[0].message", containsString("offsets 11-32"));
  }

  @Test
  void shouldRejectCitationsOfMissingSourcesAndStaleHashes() {
    long src = source("Reuters", RIYADH + " " + unique("h"));
    CitationBody stale =
        CitationBody.of(src, "four-and-a-half hours").withSourceSha256("0".repeat(64));
    EventBody body =
        event(unique("Bad refs"), "2025-02-18", CitationBody.of(Long.MAX_VALUE, "anything"))
            .plusCitation(stale);
    as(JOURNALIST)
        .body(body)
        .post("/api/v1/events")
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("citations[0].sourceId"))
        .body("errors.field", hasItem("citations[1].sourceSha256"));
  }

  @Test
  void shouldRejectAnAmbiguousQuoteUnlessAPrefixSinglesItOut() {
    long src = source("Sky News", "talks went well. Later, talks went well again. " + unique("a"));
    as(JOURNALIST)
        .body(event(unique("Ambiguous"), "2025-02-18", CitationBody.of(src, "talks went well")))
        .post("/api/v1/events")
        .then()
        .statusCode(422)
        .body("errors[0].message", containsString("occurs 2 times"));

    CitationBody cite = CitationBody.of(src, "talks went well");
    cite = cite.withQuote(cite.quote().withPrefix("Later, "));
    as(JOURNALIST)
        .body(event(unique("Disambiguated"), "2025-02-18", cite))
        .post("/api/v1/events")
        .then()
        .statusCode(201)
        .body("citations[0].quote.start", equalTo(24));
  }

  /** Posts the event and expects a 400 problem. */
  private static ValidatableResponse rejected(EventBody event) {
    return as(JOURNALIST)
        .body(event)
        .post("/api/v1/events")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void shouldRejectInvalidTimesZonesAndEnumsAsBadRequests() {
    long src = source("Reuters", RIYADH + " " + unique("t"));
    CitationBody cite = CitationBody.of(src, "Riyadh");

    rejected(event(unique("Bad day"), "2025-02-30", cite))
        .body("errors[0].field", equalTo("start"));

    EventBody mismatch =
        event(unique("Mismatch"), "2025-02", cite).withStart(TimeBody.of("2025-02", "DAY"));
    rejected(mismatch).body("errors[0].message", containsString("YYYY-MM-DD"));

    EventBody noZone =
        event(unique("No zone"), "2025-02-18", cite).withStart(TimeBody.of("2025-02-18T10:30"));
    rejected(noZone).body("errors[0].field", equalTo("timeZone"));

    EventBody offsetZone = event(unique("Offset zone"), "2025-02-18", cite).withTimeZone("+03:00");
    rejected(offsetZone).body("errors[0].field", equalTo("timeZone"));

    EventBody backwards =
        event(unique("Backwards"), "2025-02-18", cite).withEnd(TimeBody.of("2025-02-17", "DAY"));
    rejected(backwards).body("errors[0].field", equalTo("end"));

    EventBody badStatus = event(unique("Bad status"), "2025-02-18", cite).withStatus("RUMOURED");
    rejected(badStatus)
        .body("type", equalTo(CommonProblem.INVALID_VALUE.uri().toString()))
        .body("errors[0].field", equalTo("status"))
        .body("errors[0].message", containsString("OCCURRED, PLANNED, POSTPONED"));

    EventBody badPrecision =
        event(unique("Bad precision"), "2025-02-18", cite)
            .withStart(TimeBody.of("2025-02-18", "FORTNIGHT"));
    rejected(badPrecision).body("errors[0].field", equalTo("start.precision"));

    EventBody uncited = event(unique("Uncited"), "2025-02-18", cite).withCitations();
    rejected(uncited).body("errors[0].field", equalTo("citations"));
  }

  @Test
  void shouldKeepBoundsAndTimesWithTheirPrecision() {
    long src = source("Reuters", RIYADH + " " + unique("b"));
    EventBody expected =
        event(unique("Expected meeting"), "2025-02", CitationBody.of(src, "two sides"))
            .withStart(TimeBody.of("2025-02", "MONTH").withBounds("2025-02-19", "2025-02-28"))
            .withStatus("EXPECTED");
    as(JOURNALIST)
        .body(expected)
        .post("/api/v1/events")
        .then()
        .statusCode(201)
        .body("start.value", equalTo("2025-02"))
        .body("start.earliest", equalTo("2025-02-19"))
        .body("spanFrom", equalTo("2025-02-19"))
        .body("spanTo", equalTo("2025-02-28"))
        .body("when", equalTo("February 2025"));

    EventBody timed =
        event(unique("Timed"), "2025-02-18", CitationBody.of(src, "Riyadh"))
            .withStart(TimeBody.of("2025-02-18T10:30"))
            .withEnd(TimeBody.of("2025-02-18T15:00", "MINUTE"))
            .withTimeZone("Asia/Riyadh");
    as(JOURNALIST)
        .body(timed)
        .post("/api/v1/events")
        .then()
        .statusCode(201)
        .body("start.precision", equalTo("MINUTE"))
        .body("start.value", equalTo("2025-02-18T10:30"))
        .body("when", equalTo("18 February 2025, 10:30 – 18 February 2025, 15:00 (Asia/Riyadh)"));
  }

  @Test
  void shouldUpdateOnlyWithTheCurrentETagSoEditorsNeverOverwriteEachOther() {
    long src = source("Reuters", RIYADH + " " + unique("u"));
    EventBody body = event(unique("Editable"), "2025-02-18", CitationBody.of(src, "Riyadh"));
    long id = createEvent(body);

    EventBody planned = body.withStatus("PLANNED");
    as(JOURNALIST)
        .body(planned)
        .put("/api/v1/events/{id}", id)
        .then()
        .statusCode(428)
        .contentType("application/problem+json")
        .body("type", equalTo(CommonProblem.PRECONDITION_REQUIRED.uri().toString()));

    String etag = given().get("/api/v1/events/{id}", id).header("ETag");
    // Two editors read the same version; the first write wins, the second is told.
    as(EDITOR)
        .header("If-Match", etag)
        .body(planned)
        .put("/api/v1/events/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("status", equalTo("PLANNED"))
        .body("updatedBy", equalTo("Ed Editor"))
        .body("createdBy", equalTo("Jo Journalist"));
    as(JOURNALIST)
        .header("If-Match", etag)
        .body(body.withStatus("CANCELLED"))
        .put("/api/v1/events/{id}", id)
        .then()
        .statusCode(412)
        .body("type", equalTo(CommonProblem.PRECONDITION_FAILED.uri().toString()));
    given().get("/api/v1/events/{id}", id).then().body("status", equalTo("PLANNED"));
  }

  @Test
  void shouldLeaveTheEventUntouchedWhenAnUpdateHasABadCitation() {
    long src = source("Reuters", RIYADH + " " + unique("k"));
    String title = unique("Kept");
    EventBody body = event(title, "2025-02-18", CitationBody.of(src, "Riyadh"));
    long id = createEvent(body);
    EventBody changed =
        body.withTitle("Changed title").plusCitation(CitationBody.of(src, "not there at all"));
    as(EDITOR)
        .header("If-Match", "\"0\"")
        .body(changed)
        .put("/api/v1/events/{id}", id)
        .then()
        .statusCode(422);
    given()
        .get("/api/v1/events/{id}", id)
        .then()
        .header("ETag", "\"0\"")
        .body("title", equalTo(title))
        .body("citations", hasSize(1));
  }

  @Test
  void shouldLetOnlyEditorsDeleteWithIfMatch() {
    long src = source("Reuters", RIYADH + " " + unique("d"));
    long id = createEvent(event(unique("Doomed"), "2025-02-18", CitationBody.of(src, "Riyadh")));
    as(JOURNALIST)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/events/{id}", id)
        .then()
        .statusCode(403);
    as(EDITOR).delete("/api/v1/events/{id}", id).then().statusCode(428);
    as(EDITOR).header("If-Match", "\"5\"").delete("/api/v1/events/{id}", id).then().statusCode(412);
    as(EDITOR).header("If-Match", "\"0\"").delete("/api/v1/events/{id}", id).then().statusCode(204);
    given()
        .get("/api/v1/events/{id}", id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void shouldFilterByParticipantPlaceStatusTagTextSourceAndDates() {
    String marker = unique("Filterperson");
    long src = source("Reuters", RIYADH + " " + unique("f"));
    long other = source("Sky News", RIYADH + " " + unique("g"));

    EventBody talks =
        event(unique("Talks"), "2025-02-18", CitationBody.of(src, "Riyadh"))
            .withParticipants(marker + " Rubio")
            .withTags(marker + "-TAG");
    long talksId = createEvent(talks);

    EventBody visit =
        event(unique("Visit"), "2025-03-10", CitationBody.of(other, "Riyadh"))
            .withParticipants(marker + " Zelensky")
            .withStatus("PLANNED")
            .withPlace("Riyadh, " + marker);
    long visitId = createEvent(visit);

    given()
        .queryParam("participant", marker.toLowerCase())
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items[0].id", equalTo((int) talksId))
        .body("items[1].id", equalTo((int) visitId));
    given()
        .queryParam("participant", marker)
        .queryParam("status", "PLANNED")
        .get("/api/v1/events")
        .then()
        .body("total", equalTo(1))
        .body("items[0].id", equalTo((int) visitId));
    given()
        .queryParam("participant", marker)
        .queryParam("status", "OCCURRED,PLANNED")
        .get("/api/v1/events")
        .then()
        .body("total", equalTo(2));
    given().queryParam("place", marker).get("/api/v1/events").then().body("total", equalTo(1));
    given()
        .queryParam("tag", marker.toLowerCase() + "-tag")
        .get("/api/v1/events")
        .then()
        .body("total", equalTo(1))
        .body("items[0].id", equalTo((int) talksId));
    given()
        .queryParam("q", marker + " zel")
        .get("/api/v1/events")
        .then()
        .body("total", equalTo(1))
        .body("items[0].id", equalTo((int) visitId));
    given().queryParam("sourceId", other).get("/api/v1/events").then().body("total", equalTo(1));
    given()
        .queryParam("participant", marker)
        .queryParam("from", "2025-03-01")
        .get("/api/v1/events")
        .then()
        .body("total", equalTo(1))
        .body("items[0].id", equalTo((int) visitId));
    given()
        .queryParam("participant", marker)
        .queryParam("to", "2025-02-18")
        .get("/api/v1/events")
        .then()
        .body("total", equalTo(1))
        .body("items[0].id", equalTo((int) talksId));
    given()
        .queryParam("q", "100%_" + marker)
        .get("/api/v1/events")
        .then()
        .body("total", equalTo(0));
  }

  @Test
  void shouldRejectBadFilterValuesNamingTheParameter() {
    given()
        .queryParam("from", "18/02/2025")
        .get("/api/v1/events")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo(CommonProblem.INVALID_PARAMETER.uri().toString()))
        .body("errors[0].field", equalTo("from"));
    given()
        .queryParam("from", "2025-03-01")
        .queryParam("to", "2025-02-01")
        .get("/api/v1/events")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
    given()
        .queryParam("status", "RUMOURED")
        .get("/api/v1/events")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
    given().queryParam("limit", 0).get("/api/v1/events").then().statusCode(400);
    given().queryParam("offset", -1).get("/api/v1/events").then().statusCode(400);
  }
}
