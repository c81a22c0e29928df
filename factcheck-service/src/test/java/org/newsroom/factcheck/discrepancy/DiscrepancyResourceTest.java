package org.newsroom.factcheck.discrepancy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.newsroom.factcheck.Fixtures.EDITOR;
import static org.newsroom.factcheck.Fixtures.JOURNALIST;
import static org.newsroom.factcheck.Fixtures.discrepancy;
import static org.newsroom.factcheck.Fixtures.etag;
import static org.newsroom.factcheck.Fixtures.source;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.newsroom.factcheck.Fixtures;
import org.newsroom.factcheck.problem.FactcheckProblem;
import org.newsroom.foundation.problem.CommonProblem;
import org.newsroom.testing.body.AssertionBody;
import org.newsroom.testing.body.DiscrepancyBody;
import org.newsroom.testing.body.NormalizedValueBody;
import org.newsroom.testing.body.StatusChangeBody;

/** Discrepancies against the real timeline-service: checked references, If-Match, decisions. */
@QuarkusTest
class DiscrepancyResourceTest {

  private static final String PATH = "/api/v1/discrepancies/{id}";

  @Test
  void shouldRecordADiscrepancyWithQuotesCompletedByTimelineService() {
    String tag = unique("t");
    String wireOutlet = unique("Wire");
    long wire = source(wireOutlet, "Intro. The 4-1/2-hour meeting ended. " + tag);
    long tabloid = source(unique("Tabloid"), "The meeting lasted for almost five hours. " + tag);
    AssertionBody first =
        AssertionBody.of(wire, "4-1/2-hour meeting", "4-1/2-hour")
            .withNormalized(NormalizedValueBody.of("DURATION", "pt4h30m", null));
    AssertionBody second =
        AssertionBody.of(tabloid, "almost five hours", "almost five hours")
            .withNormalized(NormalizedValueBody.of("DURATION", "PT5H", "LESS_THAN"));
    String subject = unique("Length of the Riyadh talks");
    String location =
        as(JOURNALIST)
            .body(discrepancy(subject, first, second))
            .post("/api/v1/discrepancies")
            .then()
            .statusCode(201)
            .header("ETag", equalTo("\"0\""))
            .body("subject", equalTo(subject))
            .body("status", equalTo("OPEN"))
            .body("next", containsInAnyOrder("CONFIRMED", "DISMISSED", "RESOLVED"))
            .body("recorderKind", equalTo("PERSON"))
            .body("recordedBy", equalTo("Jo Journalist"))
            .body("assertions", hasSize(2))
            .body("assertions[0].index", equalTo(0))
            .body("assertions[0].sourceOutlet", equalTo(wireOutlet))
            .body("assertions[0].sourceSha256", matchesPattern("[0-9a-f]{64}"))
            .body("assertions[0].quote.start", equalTo(11))
            .body("assertions[0].quote.end", equalTo(29))
            .body("assertions[0].quote.prefix", equalTo("Intro. The "))
            .body("assertions[0].normalized.value", equalTo("PT4H30M"))
            .body("assertions[0].normalized.qualifier", equalTo("EXACTLY"))
            .body("assertions[1].normalized.qualifier", equalTo("LESS_THAN"))
            .body("resolution", nullValue())
            .extract()
            .header("Location");
    given()
        .get(location)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("assertions[1].quote.exact", equalTo("almost five hours"));
  }

  @Test
  void shouldRejectAQuoteThatIsNotInItsSourceAndSaveNothing() {
    long a = source(unique("A"), "Talks took 4-1/2 hours. " + unique("t"));
    long b = source(unique("B"), "Talks took almost five hours. " + unique("t"));
    String subject = unique("Unsaved");
    as(JOURNALIST)
        .body(
            discrepancy(
                subject,
                AssertionBody.of(a, "4-1/2 hours", "4-1/2 hours"),
                AssertionBody.of(b, "six hours", "six hours")))
        .post("/api/v1/discrepancies")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo(FactcheckProblem.REFERENCE_INVALID.uri().toString()))
        .body("errors.field", contains("assertions[1].quote"))
        .body("errors[0].message", containsString("not in the source"));
    given().queryParam("q", subject).get("/api/v1/discrepancies").then().body("total", equalTo(0));
  }

  @Test
  void shouldNameEveryMissingSourceAndEventAtOnce() {
    long a = source(unique("A"), "Talks took 4-1/2 hours. " + unique("t"));
    DiscrepancyBody body =
        discrepancy(
                unique("Missing"),
                AssertionBody.of(a, "4-1/2 hours", "4-1/2 hours"),
                AssertionBody.of(987_654_321L, "almost five hours", "almost five hours"))
            .withEventId(987_654_321L);
    as(JOURNALIST)
        .body(body)
        .post("/api/v1/discrepancies")
        .then()
        .statusCode(422)
        .body("errors.field", containsInAnyOrder("eventId", "assertions[1].sourceId"))
        .body("errors.message", hasItem(containsString("no source 987654321")));
  }

  @Test
  void shouldRejectAStaleSourceHashAndTheSameSpanTwice() {
    long a = source(unique("A"), "Talks took 4-1/2 hours. " + unique("t"));
    long b = source(unique("B"), "Talks took almost five hours. " + unique("t"));
    AssertionBody stale =
        AssertionBody.of(b, "almost five hours", "almost five hours")
            .withSourceSha256("0".repeat(64));
    as(JOURNALIST)
        .body(discrepancy(unique("Stale"), AssertionBody.of(a, "4-1/2 hours", "x"), stale))
        .post("/api/v1/discrepancies")
        .then()
        .statusCode(422)
        .body("errors.field", contains("assertions[1].sourceSha256"));
    as(JOURNALIST)
        .body(
            discrepancy(
                unique("Twice"),
                AssertionBody.of(a, "4-1/2 hours", "x"),
                AssertionBody.of(a, "4-1/2 hours", "y")))
        .post("/api/v1/discrepancies")
        .then()
        .statusCode(422)
        .body("errors.field", contains("assertions[1].quote"));
  }

  @Test
  void shouldRejectMalformedDiscrepanciesAsBadRequestsBeforeAskingTimeline() {
    DiscrepancyBody lonely = discrepancy(unique("Lonely"), AssertionBody.of(1L, "x", "x"));
    as(JOURNALIST)
        .body(lonely)
        .post("/api/v1/discrepancies")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("assertions"));
    AssertionBody badValue =
        AssertionBody.of(1L, "x", "x")
            .withNormalized(NormalizedValueBody.of("DURATION", "five hours", "APPROXIMATELY"));
    AssertionBody badDate =
        AssertionBody.of(2L, "y", "y")
            .withNormalized(NormalizedValueBody.of("DATE", "2025-02-30", null));
    as(JOURNALIST)
        .body(discrepancy(unique("Bad values"), badValue, badDate))
        .post("/api/v1/discrepancies")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            contains("assertions[0].normalized.value", "assertions[1].normalized.value"));
    AssertionBody template =
        AssertionBody.of(1L, "x", "x")
            .withNormalized(NormalizedValueBody.of("DURATION", "{x}${1+1}", null));
    as(JOURNALIST)
        .body(discrepancy(unique("Template"), template, AssertionBody.of(2L, "y", "y")))
        .post("/api/v1/discrepancies")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("assertions[0].normalized.value"))
        .body("errors[0].message", containsString("(was '{x}${1+1}')"));
    DiscrepancyBody badKind =
        discrepancy(unique("Kind"), AssertionBody.of(1L, "x", "x"), AssertionBody.of(2L, "y", "y"))
            .withKind("TYPO");
    as(JOURNALIST)
        .body(badKind)
        .post("/api/v1/discrepancies")
        .then()
        .statusCode(400)
        .body("detail", containsString("NUMERIC_MISMATCH"));
  }

  @Test
  void shouldRequireATokenToRecord() {
    given()
        .contentType(ContentType.JSON)
        .body(
            discrepancy(
                unique("Anon"), AssertionBody.of(1L, "x", "x"), AssertionBody.of(2L, "y", "y")))
        .post("/api/v1/discrepancies")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void shouldUpdateOnlyWithTheCurrentETag() {
    Fixtures.TwoSources made = Fixtures.recordedDiscrepancy();
    DiscrepancyBody replacement =
        discrepancy(
            made.subject() + " (revised)",
            AssertionBody.of(made.first(), "4-1/2 hours", "four and a half hours"),
            AssertionBody.of(made.second(), "almost five hours", "almost five hours"));
    as(JOURNALIST)
        .body(replacement)
        .put(PATH, made.discrepancyId())
        .then()
        .statusCode(428)
        .body("type", equalTo(CommonProblem.PRECONDITION_REQUIRED.uri().toString()));
    as(JOURNALIST)
        .header("If-Match", "\"99\"")
        .body(replacement)
        .put(PATH, made.discrepancyId())
        .then()
        .statusCode(412);
    as(EDITOR)
        .header("If-Match", "\"0\"")
        .body(replacement)
        .put(PATH, made.discrepancyId())
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("subject", endsWith("(revised)"))
        .body("assertions[0].statedValue", equalTo("four and a half hours"))
        .body("updatedBy", equalTo("Ed Editor"))
        .body("recordedBy", equalTo("Jo Journalist"));
  }

  @Test
  void shouldKeepTheDiscrepancyWhenAnUpdateHasABadQuote() {
    Fixtures.TwoSources made = Fixtures.recordedDiscrepancy();
    as(JOURNALIST)
        .header("If-Match", "\"0\"")
        .body(
            discrepancy(
                "changed",
                AssertionBody.of(made.first(), "4-1/2 hours", "x"),
                AssertionBody.of(made.second(), "exactly six hours", "y")))
        .put(PATH, made.discrepancyId())
        .then()
        .statusCode(422);
    given()
        .get(PATH, made.discrepancyId())
        .then()
        .header("ETag", equalTo("\"0\""))
        .body("subject", equalTo(made.subject()))
        .body("assertions[1].quote.exact", equalTo("almost five hours"));
  }

  @Test
  void shouldLetOnlyEditorsDecideWithANoteAndKeepTheHistory() {
    long id = Fixtures.recordedDiscrepancy().discrepancyId();
    StatusChangeBody confirm = StatusChangeBody.to("CONFIRMED", "Checked both texts");
    as(JOURNALIST)
        .header("If-Match", "\"0\"")
        .body(confirm)
        .post(PATH + "/status", id)
        .then()
        .statusCode(403);
    as(EDITOR)
        .header("If-Match", "\"0\"")
        .body(StatusChangeBody.to("CONFIRMED", null))
        .post(PATH + "/status", id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("note"));
    as(EDITOR)
        .header("If-Match", "\"0\"")
        .body(confirm)
        .post(PATH + "/status", id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("status", equalTo("CONFIRMED"));
    as(EDITOR)
        .header("If-Match", "\"1\"")
        .body(StatusChangeBody.to("RESOLVED", "Pool timings").withPreferredAssertion(2))
        .post(PATH + "/status", id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("preferredAssertion"));
    as(EDITOR)
        .header("If-Match", "\"1\"")
        .body(StatusChangeBody.to("RESOLVED", "Pool timings").withPreferredAssertion(0))
        .post(PATH + "/status", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("RESOLVED"))
        .body("resolution.preferredAssertion", equalTo(0))
        .body("resolution.note", equalTo("Pool timings"))
        .body("resolution.by", equalTo("Ed Editor"))
        .body("resolution.at", notNullValue())
        .body("next", contains("OPEN"));
    as(EDITOR)
        .header("If-Match", "\"2\"")
        .body(StatusChangeBody.to("CONFIRMED", "again"))
        .post(PATH + "/status", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo(FactcheckProblem.ILLEGAL_TRANSITION.uri().toString()))
        .body("detail", containsString("is RESOLVED"))
        .body("errors[0].field", equalTo("status"));
    as(EDITOR)
        .header("If-Match", "\"2\"")
        .body(StatusChangeBody.to("OPEN", "New timings emerged"))
        .post(PATH + "/status", id)
        .then()
        .statusCode(200)
        .body("resolution", nullValue());
    given()
        .get(PATH + "/history", id)
        .then()
        .statusCode(200)
        .body("to", contains("OPEN", "CONFIRMED", "RESOLVED", "OPEN"))
        .body("from[0]", nullValue())
        .body("from[1]", equalTo("OPEN"))
        .body("by", contains("Jo Journalist", "Ed Editor", "Ed Editor", "Ed Editor"))
        .body("note[2]", equalTo("Pool timings"));
  }

  @Test
  void shouldRefuseEditsToAClosedDiscrepancyUntilReopened() {
    Fixtures.TwoSources made = Fixtures.recordedDiscrepancy();
    as(EDITOR)
        .header("If-Match", "\"0\"")
        .body(StatusChangeBody.to("DISMISSED", "A spelling convention"))
        .post(PATH + "/status", made.discrepancyId())
        .then()
        .statusCode(200);
    as(JOURNALIST)
        .header("If-Match", etag(PATH, made.discrepancyId()))
        .body(
            discrepancy(
                "edit",
                AssertionBody.of(made.first(), "4-1/2 hours", "x"),
                AssertionBody.of(made.second(), "almost five hours", "y")))
        .put(PATH, made.discrepancyId())
        .then()
        .statusCode(409)
        .body("detail", containsString("DISMISSED"));
    as(EDITOR)
        .header("If-Match", "\"1\"")
        .body(StatusChangeBody.to("RESOLVED", "x"))
        .post(PATH + "/status", made.discrepancyId())
        .then()
        .statusCode(409);
  }

  @Test
  void shouldFilterByStatusKindSeveritySourceEventAndText() {
    String tag = unique("filter");
    long a = source(unique("A"), "Paris met on Monday. " + tag);
    long b = source(unique("B"), "Paris met on Tuesday. " + tag);
    long event = Fixtures.event(unique("Paris summit"), a, "Paris met on Monday");
    DiscrepancyBody body =
        discrepancy(
                "Day of the Paris summit " + tag,
                AssertionBody.of(a, "Monday", "Monday"),
                AssertionBody.of(b, "Tuesday", "Tuesday"))
            .withEventId(event)
            .withKind("DATE_ERROR")
            .withAttribute("DATE")
            .withSeverity("HIGH");
    long id =
        as(JOURNALIST)
            .body(body)
            .post("/api/v1/discrepancies")
            .then()
            .statusCode(201)
            .body("eventId", equalTo((int) event))
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .queryParam("sourceId", b)
        .queryParam("status", "open,confirmed")
        .queryParam("kind", "DATE_ERROR")
        .queryParam("severity", "HIGH")
        .queryParam("attribute", "DATE")
        .queryParam("eventId", event)
        .queryParam("q", tag.toUpperCase())
        .get("/api/v1/discrepancies")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo((int) id));
    given()
        .queryParam("sourceId", b)
        .queryParam("kind", "NUMERIC_MISMATCH")
        .get("/api/v1/discrepancies")
        .then()
        .body("total", equalTo(0));
    given()
        .queryParam("severity", "URGENT")
        .get("/api/v1/discrepancies")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("severity"))
        .body("detail", containsString("LOW, MEDIUM, HIGH"));
  }

  @Test
  void shouldAnswer404ForAnUnknownDiscrepancy() {
    given()
        .get(PATH, 987_654_321L)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo(CommonProblem.NOT_FOUND.uri().toString()));
    given().get(PATH + "/history", 987_654_321L).then().statusCode(404);
  }
}
