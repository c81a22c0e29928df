package org.newsroom.factcheck.detection.run;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.factcheck.Fixtures.JOURNALIST;
import static org.newsroom.factcheck.Fixtures.OTHER_JOURNALIST;
import static org.newsroom.factcheck.Fixtures.etag;
import static org.newsroom.factcheck.detection.run.DetectionFollowTest.detected;
import static org.newsroom.factcheck.detection.run.DetectionFollowTest.ingest;
import static org.newsroom.factcheck.detection.run.DetectionFollowTest.quotedSources;
import static org.newsroom.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.factcheck.Fixtures;
import org.newsroom.testing.body.AssertionBody;
import org.newsroom.testing.body.DetectionBody;
import org.newsroom.testing.body.DiscrepancyBody;
import org.newsroom.testing.body.QuoteBody;

/**
 * {@code POST /api/v1/detections}, with the follower off (as in every test profile but the one that
 * tests it): what a run reports, what a dry run leaves alone, and what it refuses.
 */
@QuarkusTest
class DetectionResourceTest {

  private static JsonPath detect(DetectionBody body) {
    return as(JOURNALIST)
        .body(body)
        .post("/api/v1/detections")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void shouldReportWhatADryRunWouldRecordAndWriteNothing() {
    long a =
        ingest(
            "Quell Herald",
            "Tuesday 8 October 2019",
            "Judge Pia Moreau has cancelled her visit to Harwick.");
    long b =
        ingest(
            "Fenwick Post",
            "Tuesday 8 October 2019",
            "Judge Pia Moreau postponed her visit to Harwick.");

    JsonPath dry = detect(DetectionBody.overSources(a, b).withDryRun(true));

    assertTrue(dry.getBoolean("dryRun"));
    assertTrue(dry.<Long>getList("sources", Long.class).containsAll(List.of(a, b)));
    Map<String, Object> would = dry.<Map<String, Object>>getList("recorded").get(0);
    assertEquals("status.cancelled-vs-postponed", would.get("rule"));
    assertNull(would.get("discrepancyId"));
    assertEquals(2, would.get("assertions"));
    assertEquals(List.of(), detected(a), "a dry run writes nothing");

    JsonPath real = detect(DetectionBody.overSources(a));
    assertEquals(1, real.getList("recorded").size());
    assertEquals(1, detected(a).size());
    given()
        .queryParam("sourceId", a)
        .queryParam("rule", "status.cancelled-vs-postponed")
        .get("/api/v1/discrepancies")
        .then()
        .body("total", equalTo(1));
    given()
        .queryParam("sourceId", a)
        .queryParam("rule", "figure.interval")
        .get("/api/v1/discrepancies")
        .then()
        .body("total", equalTo(0));
    given()
        .queryParam("sourceId", a)
        .queryParam("recorder", "PERSON")
        .get("/api/v1/discrepancies")
        .then()
        .body("total", equalTo(0));
  }

  @Test
  void shouldNeverOverwriteWhatAPersonEdited() {
    long a =
        ingest(
            "Quell Herald",
            "Tuesday 12 November 2019",
            "Envoy Lars Okoye has cancelled his trip to Bramley.");
    long b =
        ingest(
            "Fenwick Post",
            "Tuesday 12 November 2019",
            "Envoy Lars Okoye postponed his trip to Bramley.");
    long id =
        ((Number)
                detect(DetectionBody.overSources(a, b)).getMap("recorded[0]").get("discrepancyId"))
            .longValue();
    JsonPath view = given().get("/api/v1/discrepancies/{id}", id).then().extract().jsonPath();
    List<AssertionBody> assertions = new ArrayList<>();
    for (Map<String, Object> s : view.<Map<String, Object>>getList("assertions")) {
      Map<String, Object> quote = (Map<String, Object>) s.get("quote");
      assertions.add(
          AssertionBody.of(
              ((Number) s.get("sourceId")).longValue(),
              new QuoteBody(
                  (String) quote.get("exact"),
                  (String) quote.get("prefix"),
                  (String) quote.get("suffix"),
                  (Integer) quote.get("start"),
                  (Integer) quote.get("end")),
              (String) s.get("statedValue")));
    }
    DiscrepancyBody edit =
        DiscrepancyBody.of(
            "Whether Okoye's trip to Bramley is off",
            view.getString("attribute"),
            view.getString("kind"),
            "HIGH",
            "Checked with his office: postponed, not cancelled",
            assertions);
    as(OTHER_JOURNALIST)
        .header("If-Match", etag("/api/v1/discrepancies/{id}", id))
        .body(edit)
        .put("/api/v1/discrepancies/{id}", id)
        .then()
        .statusCode(200)
        .body("personEdited", equalTo(true));

    long c =
        ingest(
            "Bramley Times",
            "Tuesday 12 November 2019",
            "Envoy Lars Okoye has postponed his trip to Bramley.");
    JsonPath again = detect(DetectionBody.overSources(c));

    Map<String, Object> skipped =
        again.<Map<String, Object>>getList("skipped").stream()
            .filter(s -> ((Number) s.get("discrepancyId")).longValue() == id)
            .findFirst()
            .orElseThrow(() -> new AssertionError(again.prettyPrint()));
    assertTrue(((String) skipped.get("reason")).startsWith("edited by"), skipped::toString);
    JsonPath after = given().get("/api/v1/discrepancies/{id}", id).then().extract().jsonPath();
    assertEquals("Whether Okoye's trip to Bramley is off", after.getString("subject"));
    assertEquals(2, quotedSources(after.getMap("")).size());
  }

  @Test
  void shouldNotRecordWhatAPersonAlreadyRecorded() {
    String cancelledText = "Warden Ivo Sandberg has cancelled his visit to Ashby.";
    String postponedText = "Warden Ivo Sandberg postponed his visit to Ashby.";
    long a = ingest("Quell Herald", "Tuesday 14 January 2020", cancelledText);
    long b = ingest("Fenwick Post", "Tuesday 14 January 2020", postponedText);
    DiscrepancyBody body =
        Fixtures.discrepancy(
                "Sandberg's visit: off or moved?",
                AssertionBody.of(a, cancelledText, "cancelled"),
                AssertionBody.of(b, postponedText, "postponed"))
            .withKind("FACTUAL_CONFLICT")
            .withAttribute("OTHER");
    long id =
        as(JOURNALIST)
            .body(body)
            .post("/api/v1/discrepancies")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");

    JsonPath run = detect(DetectionBody.overSources(a, b));

    assertEquals(List.of(), run.getList("recorded"), run::prettyPrint);
    Map<String, Object> skipped = run.<Map<String, Object>>getList("skipped").get(0);
    assertEquals(id, ((Number) skipped.get("discrepancyId")).longValue());
    assertTrue(((String) skipped.get("reason")).startsWith("already recorded by a person"));
    assertEquals(List.of(), detected(a));
  }

  @Test
  void shouldRunOverTheSourcesCitingAnEvent() {
    long a =
        ingest(
            "Quell Herald",
            "Tuesday 10 December 2019",
            "The council met in Dunholm on Tuesday. The meeting lasted two hours.");
    long b =
        ingest(
            "Fenwick Post",
            "Tuesday 10 December 2019",
            "The council met in Dunholm on Tuesday. The meeting lasted almost five hours.");
    long event =
        Fixtures.timeline(JOURNALIST)
            .queryParam("sourceId", a)
            .get("/api/v1/events")
            .then()
            .extract()
            .jsonPath()
            .getLong("items[0].id");

    JsonPath run = detect(DetectionBody.overEvent(event).withDryRun(true));

    assertTrue(
        run.<Long>getList("sources", Long.class).containsAll(List.of(a, b)), run::prettyPrint);
    assertTrue(
        run.<Map<String, Object>>getList("recorded").stream()
            .anyMatch(r -> "figure.interval".equals(r.get("rule"))),
        run::prettyPrint);
  }

  @Test
  void shouldRefuseARunWithNothingToRunOver() {
    as(JOURNALIST)
        .body(new DetectionBody(null, null, null)) // {}: neither sources nor an event
        .post("/api/v1/detections")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as(JOURNALIST)
        .body(DetectionBody.overSources(List.of()))
        .post("/api/v1/detections")
        .then()
        .statusCode(400);
    as(JOURNALIST)
        .body(DetectionBody.overSources(-1L))
        .post("/api/v1/detections")
        .then()
        .statusCode(400);
    as(JOURNALIST)
        .body(DetectionBody.overEvent(Long.MAX_VALUE))
        .post("/api/v1/detections")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void shouldNeedAToken() {
    given()
        .contentType("application/json")
        .body(DetectionBody.overSources(1L))
        .post("/api/v1/detections")
        .then()
        .statusCode(401);
  }
}
