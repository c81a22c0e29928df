package org.newsroom.factcheck.detection.run;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.factcheck.Fixtures.EDITOR;
import static org.newsroom.factcheck.Fixtures.JOURNALIST;
import static org.newsroom.factcheck.Fixtures.etag;
import static org.newsroom.factcheck.Fixtures.timeline;
import static org.newsroom.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.newsroom.testing.TimelineFixtures;
import org.newsroom.testing.body.DetectionBody;
import org.newsroom.testing.body.SourceBody;
import org.newsroom.testing.body.StatusChangeBody;

/**
 * Detection on its own: factcheck-service follows the real timeline-service's feed of analyses, so
 * an ingest there is enough for a discrepancy to appear here, with no other call. Each test sets
 * its invented story on days of its own, so no two tests' articles meet in one story.
 */
@QuarkusTest
@TestProfile(DetectionFollowTest.Following.class)
class DetectionFollowTest {

  /** The follower on, asking often. */
  public static class Following implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "factcheck.detection.follow", "true", "factcheck.detection.poll-every", "300ms");
    }
  }

  static final long TEN_SECONDS = 10_000;

  @Inject FeedFollower follower;

  /** An article in timeline-service, printed on a given day; answers its id. */
  static long ingest(String outlet, String printedDate, String text) {
    return TimelineFixtures.createSource(
        timeline(JOURNALIST), SourceBody.of(outlet, text).withPrintedDate(printedDate));
  }

  /** The detector's discrepancies quoting a source. */
  static List<Map<String, Object>> detected(long sourceId) {
    return given()
        .queryParam("sourceId", sourceId)
        .queryParam("recorder", "DETECTOR")
        .get("/api/v1/discrepancies")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  /** Waits until the detector's discrepancies quoting a source satisfy a condition. */
  static List<Map<String, Object>> awaitDetected(
      long sourceId, Predicate<List<Map<String, Object>>> done, long millis) {
    long deadline = System.currentTimeMillis() + millis;
    List<Map<String, Object>> found = detected(sourceId);
    while (!done.test(found) && System.currentTimeMillis() < deadline) {
      sleep(200);
      found = detected(sourceId);
    }
    return found;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static List<Long> quotedSources(Map<String, Object> discrepancy) {
    List<Long> ids = new ArrayList<>();
    for (Object a : (List<Object>) discrepancy.get("assertions")) {
      ids.add(((Number) ((Map<String, Object>) a).get("sourceId")).longValue());
    }
    return ids;
  }

  @Test
  void shouldRecordWhatAnIngestRevealsWithinTenSecondsWithNoOtherCall() {
    long cancelled =
        ingest(
            "Quell Herald",
            "Tuesday 12 March 2019",
            "Mayor Anton Brix has cancelled his visit to Fenwick, his office said.");
    long postponed =
        ingest(
            "Fenwick Post",
            "Tuesday 12 March 2019",
            "Mayor Anton Brix has postponed his visit to Fenwick until June.");

    List<Map<String, Object>> found = awaitDetected(cancelled, f -> !f.isEmpty(), TEN_SECONDS);

    assertEquals(1, found.size(), () -> "one discrepancy: " + found);
    Map<String, Object> d = found.get(0);
    assertEquals("status.cancelled-vs-postponed", d.get("rule"));
    assertEquals("FACTUAL_CONFLICT", d.get("kind"));
    assertEquals("OPEN", d.get("status"));
    assertEquals("DETECTOR", d.get("recorderKind"));
    assertEquals("newsroom-detection/1.0.0", d.get("recordedBy"));
    assertEquals(List.of(postponed, cancelled), quotedSources(d), "the cancelled side last");
    assertTrue(((String) d.get("description")).contains("“cancelled”"), d::toString);
  }

  @Test
  void shouldCatchUpOnWhatItMissedWhileStoppedAndRecordItOnce() {
    follower.pause();
    long shorter;
    long longer;
    try {
      shorter =
          ingest(
              "Quell Herald",
              "Tuesday 14 May 2019",
              "Talks in Quell on Monday lasted two hours, officials said.");
      longer =
          ingest(
              "Fenwick Post",
              "Tuesday 14 May 2019",
              "Talks in Quell on Monday lasted almost five hours.");
      sleep(1500);
      assertEquals(List.of(), detected(shorter), "nothing while stopped");
    } finally {
      follower.resume();
    }

    List<Map<String, Object>> found = awaitDetected(shorter, f -> !f.isEmpty(), TEN_SECONDS);
    assertEquals(1, found.size(), () -> "caught up: " + found);
    assertEquals("figure.interval", found.get(0).get("rule"));
    assertEquals(
        "PT2H EXACTLY is outside [PT4H40M, PT5H) from 'almost five hours'",
        found.get(0).get("description"));

    JsonPath again =
        as(JOURNALIST)
            .body(DetectionBody.overSources(shorter, longer))
            .post("/api/v1/detections")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of(), again.getList("recorded"), "nothing recorded twice");
    assertTrue(
        again.<Map<String, Object>>getList("skipped").stream()
            .anyMatch(
                s ->
                    ((Number) s.get("discrepancyId")).longValue()
                            == ((Number) found.get(0).get("id")).longValue()
                        && "nothing new".equals(s.get("reason"))),
        again::prettyPrint);
    sleep(1000);
    assertEquals(1, detected(shorter).size(), "still one");
  }

  @Test
  void shouldAddNewEvidenceToAnOpenDiscrepancy() {
    long cancelled =
        ingest(
            "Quell Herald",
            "Tuesday 9 July 2019",
            "Minister Vera Holt has cancelled her trip to Osterby.");
    long postponed =
        ingest(
            "Fenwick Post",
            "Tuesday 9 July 2019",
            "Minister Vera Holt postponed her trip to Osterby until August.");
    Map<String, Object> first = awaitDetected(cancelled, f -> !f.isEmpty(), TEN_SECONDS).get(0);
    assertEquals(2, quotedSources(first).size());

    long another =
        ingest(
            "Osterby Times",
            "Tuesday 9 July 2019",
            "Minister Vera Holt has postponed her visit to Osterby by a month.");

    List<Map<String, Object>> found =
        awaitDetected(cancelled, f -> quotedSources(f.get(0)).size() == 3, TEN_SECONDS);
    assertEquals(1, found.size());
    assertEquals(first.get("id"), found.get(0).get("id"), "the same record");
    assertTrue(quotedSources(found.get(0)).containsAll(List.of(cancelled, postponed, another)));
  }

  @Test
  void shouldLeaveWhatAnEditorClosedAsTheyLeftIt() {
    long cancelled =
        ingest(
            "Quell Herald",
            "Tuesday 10 September 2019",
            "Senator Ola Brandt has cancelled her visit to Kestrel.");
    ingest(
        "Fenwick Post",
        "Tuesday 10 September 2019",
        "Senator Ola Brandt postponed her visit to Kestrel until October.");
    Map<String, Object> d = awaitDetected(cancelled, f -> !f.isEmpty(), TEN_SECONDS).get(0);
    long id = ((Number) d.get("id")).longValue();
    as(EDITOR)
        .header("If-Match", etag("/api/v1/discrepancies/{id}", id))
        .body(StatusChangeBody.to("DISMISSED", "The cancellation was of the original date"))
        .post("/api/v1/discrepancies/{id}/status", id)
        .then()
        .statusCode(200);

    long more =
        ingest(
            "Kestrel Times",
            "Tuesday 10 September 2019",
            "Senator Ola Brandt has postponed her visit to Kestrel.");
    JsonPath dry =
        as(JOURNALIST)
            .body(DetectionBody.overSources(more).withDryRun(true))
            .post("/api/v1/detections")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertTrue(
        dry.<Map<String, Object>>getList("skipped").stream()
            .anyMatch(
                s ->
                    ((Number) s.get("discrepancyId")).longValue() == id
                        && ((String) s.get("reason")).startsWith("DISMISSED")),
        dry::prettyPrint);
    sleep(1500);
    Map<String, Object> after =
        given().get("/api/v1/discrepancies/{id}", id).then().extract().jsonPath().getMap("");
    assertEquals("DISMISSED", after.get("status"));
    assertEquals(2, quotedSources(after).size(), "no evidence added to a closed record");
  }
}
