package org.newsroom.timeline.analysis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;
import static org.newsroom.timeline.Fixtures.EDITOR;
import static org.newsroom.timeline.Fixtures.JOURNALIST;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.testing.TimelineFixtures;
import org.newsroom.testing.body.CitationBody;
import org.newsroom.testing.body.DecisionBody;
import org.newsroom.testing.body.EventBody;
import org.newsroom.testing.body.MergeBody;
import org.newsroom.testing.body.SourceBody;
import org.newsroom.testing.body.SourceMetadataBody;
import org.newsroom.testing.body.SplitBody;
import org.newsroom.testing.body.TimeBody;
import org.newsroom.timeline.Fixtures;

/**
 * Analysis at ingest, as a client sees it. Every article here is written for the test, and each
 * test sets its story in a year of its own, so no two tests' events can ever be taken for one
 * happening.
 */
@QuarkusTest
class AnalysisResourceTest {

  static SourceBody article(String outlet, String printedDate, String text) {
    return SourceBody.of(outlet, text + "\nRef " + unique("story"))
        .withTitle("Title of " + outlet)
        .withPrintedDate(printedDate);
  }

  static long ingest(SourceBody article) {
    return TimelineFixtures.createSource(as(JOURNALIST), article);
  }

  static JsonPath analysis(long sourceId) {
    return given()
        .get("/api/v1/sources/{id}/analysis", sourceId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static Map<String, Object> mention(JsonPath analysis, String text) {
    List<Map<String, Object>> mentions = analysis.getList("mentions");
    return mentions.stream()
        .filter(m -> text.equals(m.get("text")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention " + text + " in " + mentions));
  }

  static List<Map<String, Object>> extracted(long sourceId) {
    return given()
        .queryParam("sourceId", sourceId)
        .queryParam("origin", "EXTRACTED")
        .queryParam("limit", 100)
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  static Map<String, Object> eventOn(List<Map<String, Object>> events, String day) {
    return events.stream()
        .filter(e -> day.equals(((Map<?, ?>) e.get("start")).get("value")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event on " + day + " in " + events));
  }

  private static final String PORT_STRIKE =
      "Port strike ends after three days\n"
          + "WIRE | Published March 6, 1995\n"
          + "HAMBURG, March 5 (Wire) – Dock workers at the port of Hamburg said on Wednesday they"
          + " would return to work after a deal was reached with the harbour operators. Later on"
          + " Wednesday, union leader Anna Kessel told members the vote had been unanimous.\n"
          + "The strike began on Monday and lasted almost three days, the longest stoppage since"
          + " 1989.\n"
          + "The operators will meet the union again next month, Kessel said.";

  @Test
  void shouldAnalyseAtIngestAndServeMentionsFindingsQuantitiesAndNames() {
    long id = ingest(article("Wire Service", null, PORT_STRIKE));
    JsonPath a = analysis(id);
    assertEquals("newsroom-analysis/1.1.0", a.getString("extractor"));
    // 5 March is a Wednesday in 1997, the year nearest the printed 1995 that fits the text.
    assertEquals("1997-03-05", a.getString("scopes[0].anchor"));
    assertEquals("DATELINE", a.getString("scopes[0].basis"));
    assertEquals("1997-03-05", a.getString("trustedDate"));
    assertEquals("ANALYSIS", a.getString("trustedDateBasis"));
    List<String> findings = a.getList("findings.kind");
    assertTrue(
        findings.containsAll(List.of("WRONG_YEAR", "PRINTED_AFTER_DATELINE")), findings::toString);
    Map<String, Object> monday = mention(a, "Monday");
    assertEquals("1997-03-03", monday.get("value"));
    assertEquals("weekday.past-tense", monday.get("rule"));
    assertEquals("PAST", monday.get("tense"));
    assertEquals("1997-03-05", ((Map<?, ?>) monday.get("anchor")).get("date"));
    assertFalse(((List<?>) monday.get("alternatives")).isEmpty());
    assertEquals("1997-04", mention(a, "next month").get("value"));
    assertEquals("1997-03-05", mention(a, "Later on Wednesday").get("value"));
    assertEquals("1989", mention(a, "1989").get("value"));
    Map<String, Object> lasted =
        a.<Map<String, Object>>getList("quantities").stream()
            .filter(q -> "almost three days".equals(q.get("text")))
            .findFirst()
            .orElseThrow();
    assertEquals("P3D", lasted.get("normalized"));
    assertEquals("LESS_THAN", lasted.get("qualifier"));
    Map<String, Object> kessel =
        a.<Map<String, Object>>getList("names").stream()
            .filter(n -> ((List<?>) n.get("variants")).contains("Kessel"))
            .findFirst()
            .orElseThrow();
    assertEquals("Anna Kessel", kessel.get("canonical"));
    assertEquals("PERSON", kessel.get("type"));
    // The source's trusted date follows the analysis.
    given()
        .get("/api/v1/sources/{id}", id)
        .then()
        .body("trustedDate", equalTo("1997-03-05"))
        .body("trustedDateBasis", equalTo("ANALYSIS"));
  }

  @Test
  void shouldFilterTheAnalysisByKindAndRefuseUnknownKinds() {
    long id =
        ingest(
            article(
                "Filter Wire",
                "Published 14 October 1993",
                "The mayor resigned on Tuesday after a vote."));
    JsonPath only =
        given()
            .queryParam("kind", "mentions")
            .get("/api/v1/sources/{id}/analysis", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertFalse(only.getList("mentions").isEmpty());
    assertTrue(only.getList("names").isEmpty());
    assertTrue(only.getList("scopes").isEmpty());
    given()
        .queryParam("kind", "GOSSIP")
        .get("/api/v1/sources/{id}/analysis", id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("kind"));
    given()
        .get("/api/v1/sources/{id}/analysis", 987654321L)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void shouldCountSpansInCodePoints() {
    String text = "🙂🙂 Fans celebrated on Saturday in the square.";
    long id = ingest(article("Emoji Post", "Published 17 June 1979", text));
    Map<String, Object> saturday = mention(analysis(id), "Saturday");
    Map<?, ?> span = (Map<?, ?>) saturday.get("span");
    int expected = text.codePointCount(0, text.indexOf("Saturday"));
    assertEquals(expected, span.get("start"));
    assertEquals(expected + "Saturday".length(), span.get("end"));
    assertEquals("1979-06-16", saturday.get("value"));
  }

  @Test
  void shouldProposeCandidateEventsForAnEditorToReview() {
    long id =
        ingest(
            article(
                "Harbour Gazette",
                "Published 20 April 1988",
                "Harbour pilots in Kessingport walked out on Monday over pay, the pilots' union"
                    + " said. The port authority will hold talks with the union on Friday."));
    List<Map<String, Object>> events = extracted(id);
    Map<String, Object> walkout = eventOn(events, "1988-04-18");
    assertEquals("OCCURRED", walkout.get("status"));
    Map<?, ?> provenance = (Map<?, ?>) walkout.get("provenance");
    assertEquals("EXTRACTED", provenance.get("origin"));
    assertEquals("UNREVIEWED", provenance.get("reviewStatus"));
    assertEquals("newsroom-analysis/1.1.0", provenance.get("extractor"));
    Map<?, ?> citation = (Map<?, ?>) ((List<?>) walkout.get("citations")).get(0);
    assertTrue(((Map<?, ?>) citation.get("quote")).get("exact").toString().contains("walked out"));
    assertEquals("newsroom-analysis/1.1.0", citation.get("extractor"));
    assertEquals("PLANNED", eventOn(events, "1988-04-22").get("status"));
    // What the analysis found inside the event's citations.
    long eventId = ((Number) walkout.get("id")).longValue();
    given()
        .get("/api/v1/events/{id}/evidence", eventId)
        .then()
        .statusCode(200)
        .body("citations[0].sourceId", equalTo((int) id))
        .body("citations[0].mentions.value", hasItem("1988-04-18"));
    given()
        .get("/api/v1/events/{id}/history", eventId)
        .then()
        .statusCode(200)
        .body("action", hasItem("PROPOSED"));
  }

  @Test
  void shouldFoldReportsOfOneHappeningFromTwoSourcesIntoOneEvent() {
    long first =
        ingest(
            article(
                "Valley News",
                "Published 12 September 1979",
                "Flood barriers on the river Orlen failed on Tuesday, flooding the town of"
                    + " Brekwater, mayor Ilse Dormund said."));
    long second =
        ingest(
            article(
                "Coast Radio",
                "Published 12 September 1979",
                "Brekwater was flooded on Tuesday when barriers on the river Orlen failed,"
                    + " according to mayor Ilse Dormund."));
    Map<String, Object> event = eventOn(extracted(first), "1979-09-11");
    List<Map<String, Object>> citations = (List<Map<String, Object>>) event.get("citations");
    List<Integer> sources = citations.stream().map(c -> (Integer) c.get("sourceId")).toList();
    assertTrue(sources.containsAll(List.of((int) first, (int) second)), sources::toString);
    assertEquals(event.get("id"), eventOn(extracted(second), "1979-09-11").get("id"));
  }

  @Test
  void shouldSuggestACitationOnAnEventAPersonVouchesFor() {
    long first =
        ingest(
            article(
                "Mountain Daily",
                "Published 18 May 1983",
                "An avalanche buried the road to Skarvik pass on Wednesday."));
    EventBody body =
        EventBody.occurred(
                "Avalanche closes the Skarvik pass road",
                TimeBody.of("1983-05-18"),
                CitationBody.of(first, "An avalanche buried the road to Skarvik pass"))
            .withPlace("Skarvik");
    long manual = Fixtures.createEvent(body);
    long second =
        ingest(
            article(
                "Alpine Wire",
                "Published 18 May 1983",
                "The road to Skarvik pass was buried by an avalanche on Wednesday, rescuers"
                    + " said."));
    JsonPath event =
        given().get("/api/v1/events/{id}", manual).then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> suggestions =
        event.<Map<String, Object>>getList("citations").stream()
            .filter(c -> Boolean.TRUE.equals(c.get("suggested")))
            .toList();
    assertEquals(1, suggestions.size(), event.prettyPrint());
    assertEquals((int) second, suggestions.get(0).get("sourceId"));
    assertTrue(
        extracted(second).stream()
            .noneMatch(e -> "1983-05-18".equals(((Map<?, ?>) e.get("start")).get("value"))),
        "no duplicate event for the same happening");
    String etag = given().get("/api/v1/events/{id}", manual).then().extract().header("ETag");
    long citationId = ((Number) suggestions.get(0).get("id")).longValue();
    DecisionBody accept = DecisionBody.of("ACCEPT", "Same avalanche");
    as(JOURNALIST)
        .header("If-Match", etag)
        .body(accept)
        .post("/api/v1/events/{id}/citations/{c}/review", manual, citationId)
        .then()
        .statusCode(403);
    as(EDITOR)
        .header("If-Match", etag)
        .body(accept)
        .post("/api/v1/events/{id}/citations/{c}/review", manual, citationId)
        .then()
        .statusCode(200)
        .body("citations.find { it.id == " + citationId + " }.suggested", equalTo(false));
    as(EDITOR)
        .header(
            "If-Match", given().get("/api/v1/events/{id}", manual).then().extract().header("ETag"))
        .body(accept)
        .post("/api/v1/events/{id}/citations/{c}/review", manual, citationId)
        .then()
        .statusCode(409)
        .body("type", containsString("review-conflict"));
    given()
        .get("/api/v1/events/{id}/history", manual)
        .then()
        .body("action", hasItems("CREATED", "SUGGESTED", "SUGGESTION_ACCEPTED"));
  }

  @Test
  void shouldReRunIdempotentlyKeepingTheEventsItProposed() {
    long id =
        ingest(
            article(
                "Rerun Times",
                "Published 5 November 1975",
                "The ferry Nordlys ran aground off Tarnholm on Monday, the coastguard said."
                    + " Salvage crews will try to refloat it on Thursday."));
    JsonPath before = analysis(id);
    List<Object> eventsBefore = extracted(id).stream().map(e -> e.get("id")).sorted().toList();
    JsonPath run =
        as(JOURNALIST)
            .post("/api/v1/sources/{id}/analysis", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(before.getList("mentions.value"), run.getList("analysis.mentions.value"));
    assertTrue(run.getList("events.created").isEmpty(), run.prettyPrint());
    assertEquals(eventsBefore, extracted(id).stream().map(e -> e.get("id")).sorted().toList());
    given().post("/api/v1/sources/{id}/analysis", id).then().statusCode(401);
  }

  @Test
  void shouldNotProposeAgainWhatAnEditorRejected() {
    long id =
        ingest(
            article(
                "Reject Herald",
                "Published 11 February 1986",
                "A meteor lit up the sky over Vendholm on Monday, astronomers said."));
    Map<String, Object> event = eventOn(extracted(id), "1986-02-10");
    long eventId = ((Number) event.get("id")).longValue();
    DecisionBody reject = DecisionBody.of("REJECT", "Not news");
    as(EDITOR).body(reject).post("/api/v1/events/{id}/review", eventId).then().statusCode(428);
    as(EDITOR)
        .header("If-Match", "\"999\"")
        .body(reject)
        .post("/api/v1/events/{id}/review", eventId)
        .then()
        .statusCode(412);
    String etag = given().get("/api/v1/events/{id}", eventId).then().extract().header("ETag");
    as(EDITOR)
        .header("If-Match", etag)
        .body(reject)
        .post("/api/v1/events/{id}/review", eventId)
        .then()
        .statusCode(200)
        .body("provenance.reviewStatus", equalTo("REJECTED"))
        .body("provenance.reviewedBy", equalTo("Ed Editor"));
    given()
        .queryParam("from", "1986-02-10")
        .queryParam("to", "1986-02-10")
        .get("/api/v1/timeline")
        .then()
        .body("items.eventId", not(hasItem((int) eventId)));
    given()
        .queryParam("from", "1986-02-10")
        .queryParam("to", "1986-02-10")
        .queryParam("reviewStatus", "REJECTED")
        .get("/api/v1/timeline")
        .then()
        .body("items.eventId", hasItem((int) eventId));
    JsonPath run =
        as(JOURNALIST)
            .post("/api/v1/sources/{id}/analysis", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertTrue(
        run.getList("events.skipped", Integer.class).contains((int) eventId), run.prettyPrint());
    assertTrue(run.getList("events.created").isEmpty());
  }

  @Test
  void shouldMergeAndSplitEventsWithHistory() {
    long a =
        ingest(
            article(
                "Merge Courier",
                "Published 9 August 1972",
                "Farmers blocked the motorway near Lindby on Tuesday in protest at grain prices."));
    long b =
        ingest(
            article(
                "Split Observer",
                "Published 9 August 1972",
                "A choir from Osterdal sang at the cathedral on Tuesday evening."));
    long protest = ((Number) eventOn(extracted(a), "1972-08-08").get("id")).longValue();
    long choir = ((Number) eventOn(extracted(b), "1972-08-08").get("id")).longValue();
    String etag = given().get("/api/v1/events/{id}", protest).then().extract().header("ETag");
    JsonPath merged =
        as(EDITOR)
            .header("If-Match", etag)
            .body(MergeBody.of(List.of(choir), "Test merge"))
            .post("/api/v1/events/{id}/merge", protest)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertTrue(
        merged.getList("citations.sourceId", Integer.class).containsAll(List.of((int) a, (int) b)));
    given()
        .get("/api/v1/events/{id}", choir)
        .then()
        .body("provenance.reviewStatus", equalTo("REJECTED"))
        .body("provenance.mergedInto", equalTo((int) protest));
    Integer choirCitation =
        merged.<Map<String, Object>>getList("citations").stream()
            .filter(c -> ((Integer) c.get("sourceId")) == b)
            .map(c -> (Integer) c.get("id"))
            .findFirst()
            .orElseThrow();
    String etag2 = given().get("/api/v1/events/{id}", protest).then().extract().header("ETag");
    String location =
        as(EDITOR)
            .header("If-Match", etag2)
            .body(SplitBody.of(List.of(choirCitation.longValue()), "Choir sings at the cathedral"))
            .post("/api/v1/events/{id}/split", protest)
            .then()
            .statusCode(201)
            .body("title", equalTo("Choir sings at the cathedral"))
            .body("citations.sourceId", equalTo(List.of((int) b)))
            .extract()
            .header("Location");
    assertNotNull(location);
    given().get(location).then().statusCode(200);
    given()
        .get("/api/v1/events/{id}/history", protest)
        .then()
        .body("action", hasItems("PROPOSED", "MERGED_IN", "SPLIT_OFF"));
    given().get("/api/v1/events/{id}/history", choir).then().body("action", hasItem("MERGED_INTO"));
    String etag3 = given().get("/api/v1/events/{id}", protest).then().extract().header("ETag");
    as(EDITOR)
        .header("If-Match", etag3)
        .body(SplitBody.of(merged.getList("citations.id", Long.class).subList(0, 1), "All of it"))
        .post("/api/v1/events/{id}/split", protest)
        .then()
        .statusCode(400);
  }

  @Test
  void shouldReadMentionsAgainWhenAPersonSetsTheTrustedDate() {
    long id =
        ingest(
            article(
                "Person Post",
                null,
                "The lighthouse at Grenvik was relit on Friday after repairs, the keeper said."));
    JsonPath before = analysis(id);
    assertEquals("NONE", before.getString("scopes[0].basis"));
    assertEquals(null, mention(before, "Friday").get("value"));
    String etag = given().get("/api/v1/sources/{id}", id).then().extract().header("ETag");
    SourceMetadataBody metadata =
        SourceMetadataBody.of("Person Post")
            .withTrustedDate("1981-07-13", "Checked with the keeper");
    as(EDITOR)
        .header("If-Match", etag)
        .body(metadata)
        .put("/api/v1/sources/{id}", id)
        .then()
        .statusCode(200)
        .body("trustedDateBasis", equalTo("PERSON"));
    JsonPath after = analysis(id);
    assertEquals("PERSON", after.getString("scopes[0].basis"));
    assertEquals("1981-07-10", mention(after, "Friday").get("value"));
    assertEquals(
        "1981-07-10", ((Map<?, ?>) eventOn(extracted(id), "1981-07-10").get("start")).get("value"));
  }

  @Test
  void shouldDateAnUndatedTextFromLaterCoverageOfTheSameHappening() {
    long undated =
        ingest(
            article(
                "Undated Sheet",
                "Published: [#date_placeholder]",
                "Crowds cheered today as the new bridge over the Varne opened in Ostmark,"
                    + " engineer Pavla Ruzicka said. Last night the bridge was lit for the first"
                    + " time in Ostmark, Ruzicka said.\nPublished: [#date_placeholder]"));
    JsonPath before = analysis(undated);
    assertTrue(before.getList("findings.kind").contains("PLACEHOLDER"));
    assertEquals("NONE", before.getString("scopes[0].basis"));
    ingest(
        article(
            "Dated Daily",
            "Published 3 October 1968",
            "The new bridge over the Varne opened in Ostmark on Thursday as crowds cheered,"
                + " engineer Pavla Ruzicka said. The bridge was lit for the first time in Ostmark"
                + " on Wednesday night."));
    JsonPath after = analysis(undated);
    assertEquals("COVERAGE", after.getString("scopes[0].basis"), after.prettyPrint());
    assertEquals("1968-10-03", after.getString("scopes[0].anchor"));
    assertEquals("1968-10-03", mention(after, "today").get("value"));
    assertEquals("1968-10-02", mention(after, "Last night").get("value"));
    given().get("/api/v1/sources/{id}", undated).then().body("trustedDate", equalTo("1968-10-03"));
  }

  @Test
  void shouldListFindingsAcrossSources() {
    long id =
        ingest(
            article(
                "Findings Wire",
                null,
                PORT_STRIKE
                    .replace("1995", "1994")
                    .replace("Hamburg", "Lubeck")
                    .replace("HAMBURG", "LUBECK")));
    given()
        .queryParam("sourceId", id)
        .queryParam("kind", "WRONG_YEAR")
        .get("/api/v1/findings")
        .then()
        .statusCode(200)
        .body("items.kind", equalTo(List.of("WRONG_YEAR")))
        .body("items[0].quotes.role", hasItems("printed", "dateline"));
    given().queryParam("kind", "NONSENSE").get("/api/v1/findings").then().statusCode(400);
  }
}
