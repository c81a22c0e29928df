package org.newsroom.factcheck.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.factcheck.correction.Correction;
import org.newsroom.factcheck.discrepancy.Discrepancy;

/**
 * The curated discrepancies load through the same checks as the API, against the real
 * timeline-service and its seed set, and loading again changes nothing.
 */
@QuarkusTest
class SeedLoaderTest {

  @Inject SeedLoader loader;

  @BeforeEach
  void loadSeeds() {
    loader.load();
  }

  private static long discrepancyId(String key) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Discrepancy.findByOriginRef("seed:" + key).orElseThrow().id);
  }

  private static long correctionId(String key) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Correction.<Correction>find("originRef", "seed:" + key).firstResult().id);
  }

  @Test
  void shouldCreateNothingWhenLoadedAgain() {
    SeedLoader.Report again = loader.load();
    assertEquals(0, again.discrepanciesCreated());
    assertEquals(0, again.correctionsCreated());
  }

  @Test
  void shouldRecordReutersWrongYearAgainstItsOwnDateline() {
    given()
        .get("/api/v1/discrepancies/{id}", discrepancyId("reuters-printed-date"))
        .then()
        .statusCode(200)
        .body("kind", equalTo("DATE_ERROR"))
        .body("attribute", equalTo("DATE"))
        .body("status", equalTo("CONFIRMED"))
        .body("recorderKind", equalTo("SEED"))
        .body("eventId", notNullValue())
        .body("assertions.quote.exact", hasItem("Published February 19, 2023"))
        .body("assertions.quote.exact", hasItem("RIYADH, Feb 18 (Reuters)"))
        .body("assertions.sourceOutlet", everyItem(notNullValue()))
        .body("assertions.normalized.value", hasItem("2023-02-19"));
  }

  @Test
  void shouldRecordTheLengthOfTheTalksWithEverySourcesQuote() {
    given()
        .get("/api/v1/discrepancies/{id}", discrepancyId("riyadh-talks-duration"))
        .then()
        .body("kind", equalTo("NUMERIC_MISMATCH"))
        .body("attribute", equalTo("DURATION"))
        .body("assertions", hasSize(4))
        .body("assertions.sourceOutlet", hasItem("The Sun"))
        .body("assertions.sourceOutlet", hasItem("Reuters"))
        .body("assertions.quote.exact", hasItem("The meeting lasted for almost five hours"))
        .body("assertions.normalized.value", hasItem("PT4H30M"))
        .body("assertions.normalized.value", hasItem("PT5H"));
  }

  @Test
  void shouldNotRecordSpellingConventionsAsDiscrepancies() {
    given()
        .queryParam("kind", "SPELLING_VARIANT")
        .queryParam("q", "Zelensk")
        .get("/api/v1/discrepancies")
        .then()
        .body(
            "items.originRef",
            everyItem(org.hamcrest.Matchers.not(org.hamcrest.Matchers.startsWith("seed:"))));
  }

  @Test
  void shouldFileTheReutersDateCorrectionForReviewTiedToItsDiscrepancy() {
    given()
        .get("/api/v1/corrections/{id}", correctionId("reuters-printed-date"))
        .then()
        .body("status", equalTo("SUBMITTED"))
        .body("originalText", equalTo("Published February 19, 2023"))
        .body("correctedText", equalTo("Published February 18, 2025"))
        .body("discrepancyId", equalTo((int) discrepancyId("reuters-printed-date")))
        .body("submittedBy", equalTo("seed-loader"));
    given()
        .get("/api/v1/discrepancies/{id}/history", discrepancyId("riyadh-talks-duration"))
        .then()
        .body("to", contains("OPEN", "CONFIRMED"));
  }
}
