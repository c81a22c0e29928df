package org.newsroom.timeline.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.timeline.event.Event;
import org.newsroom.timeline.source.Source;

/** The curated seed set loads through the API's checks, and loading again changes nothing. */
@QuarkusTest
class SeedLoaderTest {

  @Inject SeedLoader loader;

  @BeforeEach
  void loadSeeds() {
    loader.load();
  }

  private static long eventId(String key) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Event.findByOriginRef("seed:" + key).orElseThrow().id);
  }

  private static long sourceId(String key) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Source.<Source>find("originRef", "seed:" + key).firstResult().id);
  }

  @Test
  void shouldCreateNothingWhenLoadedAgain() {
    SeedLoader.Report again = loader.load();
    assertEquals(0, again.sourcesCreated());
    assertEquals(0, again.eventsCreated());
  }

  @Test
  void shouldDateTheRiyadhTalksAndCiteEverySourceThatReportsThem() {
    JsonPath talks =
        given()
            .get("/api/v1/events/{id}", eventId("us-russia-talks-riyadh"))
            .then()
            .statusCode(200)
            .body("start.value", equalTo("2025-02-18"))
            .body("start.precision", equalTo("DAY"))
            .body("status", equalTo("OCCURRED"))
            .body("participants", hasItem("Marco Rubio"))
            .body("participants", hasItem("Sergei Lavrov"))
            .body("provenance.origin", equalTo("SEED"))
            .extract()
            .jsonPath();
    Set<Long> cited = new HashSet<>(talks.getList("citations.sourceId", Long.class));
    Set<Long> everySource = new HashSet<>();
    for (String key :
        List.of(
            "sun-riyadh-talks",
            "reuters-riyadh-talks",
            "breitbart-talks-begin",
            "straitstimes-lavrov-no-concessions",
            "ft-riyadh-talks-spun",
            "sky-live-1643",
            "sky-live-1347")) {
      everySource.add(sourceId(key));
    }
    assertEquals(everySource, cited);
  }

  @Test
  void shouldDateThePhoneCallAndTheParisSummitAndThePostponedVisit() {
    given()
        .get("/api/v1/events/{id}", eventId("trump-putin-phone-call"))
        .then()
        .body("start.value", equalTo("2025-02-12"))
        .body("status", equalTo("OCCURRED"));
    given()
        .get("/api/v1/events/{id}", eventId("paris-european-leaders-summit"))
        .then()
        .body("start.value", equalTo("2025-02-17"))
        .body("place", org.hamcrest.Matchers.containsString("Paris"));
    given()
        .get("/api/v1/events/{id}", eventId("zelensky-saudi-visit-postponed"))
        .then()
        .body("start.value", equalTo("2025-02-19"))
        .body("status", equalTo("POSTPONED"));
    given()
        .get("/api/v1/events/{id}", eventId("zelensky-saudi-visit-rescheduled"))
        .then()
        .body("start.value", equalTo("2025-03-10"))
        .body("status", equalTo("PLANNED"));
  }

  @Test
  void shouldKeepThePrintedDatesAndTrustTheRealOnes() {
    given()
        .get("/api/v1/sources/{id}", sourceId("reuters-riyadh-talks"))
        .then()
        .body("printedDate", equalTo("Published February 19, 2023"))
        .body("publishedOn", equalTo("2023-02-19"))
        .body("trustedDate", equalTo("2025-02-18"));
    given()
        .get("/api/v1/sources/{id}", sourceId("sun-riyadh-talks"))
        .then()
        .body("printedDate", equalTo("Published: [#item_custom_pubDate]"))
        .body("publishedOn", nullValue())
        .body("trustedDate", equalTo("2025-02-18"));
  }

  @Test
  void shouldFindSeededSourcesAndEventsByTheirOriginReference() {
    given()
        .queryParam("originRef", "seed:reuters-riyadh-talks")
        .get("/api/v1/sources")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo((int) sourceId("reuters-riyadh-talks")))
        .body("items[0].outlet", equalTo("Reuters"));
    given()
        .queryParam("originRef", "seed:us-russia-talks-riyadh")
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo((int) eventId("us-russia-talks-riyadh")));
    given()
        .queryParam("originRef", "seed:no-such-piece")
        .get("/api/v1/sources")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  void shouldStoreEachSeedFileByteForByte() throws Exception {
    byte[] file =
        java.nio.file.Files.readAllBytes(
            java.nio.file.Path.of("../seeds/004_6b3ec5b09c9cb09d.txt"));
    byte[] stored =
        given()
            .get("/api/v1/sources/{id}/text", sourceId("sky-live-1347"))
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    org.junit.jupiter.api.Assertions.assertArrayEquals(file, stored);
  }
}
