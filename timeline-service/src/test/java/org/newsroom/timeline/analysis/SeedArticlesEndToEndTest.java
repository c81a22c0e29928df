package org.newsroom.timeline.analysis;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.testing.Api.as;
import static org.newsroom.timeline.Fixtures.JOURNALIST;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsroom.testing.PostgresResource;
import org.newsroom.testing.TimelineFixtures;
import org.newsroom.testing.body.SourceBody;

/**
 * The five seed files posted as a user would (the aggregator page as one source, printed dates as
 * printed, no trusted dates), into an empty database with the curated seeds off: the analysis alone
 * must build the timeline.
 */
@QuarkusTest
@TestProfile(SeedArticlesEndToEndTest.FromNothing.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedArticlesEndToEndTest {

  /** An empty database of its own; the curated seeds stay off, as in every test. */
  public static class FromNothing implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(PostgresResource.Fresh.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }
  }

  private final Map<String, Long> sources = new LinkedHashMap<>();

  /** Posts the five files once, for all the checks below (the application is up by then). */
  private synchronized void postTheFiveArticles() {
    if (!sources.isEmpty()) {
      return;
    }
    post("sun", "The Sun", "000_49b9e2db92e32251.txt", "Published: [#item_custom_pubDate]");
    post(
        "aggregator", "News aggregator", "001_697425ad9d472758.txt", "Published February 19, 2023");
    post("ft", "Financial Times (spun copy)", "002_956f4a7255e706f6.txt", null);
    post("sky1643", "Sky News", "003_3d9e9ff6164c2b3f.txt", "Tuesday 18 February 2025 16:43, UK");
    post("sky1347", "Sky News", "004_6b3ec5b09c9cb09d.txt", "Tuesday 18 February 2025 13:47, UK");
  }

  private void post(String key, String outlet, String file, String printed) {
    SourceBody body =
        SourceBody.of(outlet, resource("seeds/" + file))
            .withLanguage("en")
            .withPrintedDate(printed);
    sources.put(key, TimelineFixtures.createSource(as(JOURNALIST), body));
  }

  /** The events of a day on the default timeline, each with the keys of the sources citing it. */
  private Map<Long, Set<String>> day(String date) {
    JsonPath timeline =
        given()
            .queryParam("from", date)
            .queryParam("to", date)
            .queryParam("limit", 100)
            .get("/api/v1/timeline")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<Long, Set<String>> events = new LinkedHashMap<>();
    for (Map<String, Object> entry : timeline.<Map<String, Object>>getList("items")) {
      Map<?, ?> start = (Map<?, ?>) entry.get("start");
      if (!date.equals(start.get("value"))) {
        continue;
      }
      Set<String> citing = new TreeSet<>();
      for (Object c : (List<?>) entry.get("citations")) {
        long sourceId = ((Number) ((Map<?, ?>) c).get("sourceId")).longValue();
        sources.forEach(
            (k, v) -> {
              if (v == sourceId) {
                citing.add(k);
              }
            });
      }
      events.put(((Number) entry.get("eventId")).longValue(), citing);
      System.out.println("   " + date + " " + entry.get("title") + " " + citing);
    }
    return events;
  }

  private static boolean citedByAll(Map<Long, Set<String>> events, Set<String> expected) {
    return events.values().stream().anyMatch(citing -> citing.containsAll(expected));
  }

  @Test
  void shouldReadTheWrongYearPieceAgainstTheDateline() {
    postTheFiveArticles();
    JsonPath a =
        given()
            .get("/api/v1/sources/{id}/analysis", sources.get("aggregator"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(3, a.getList("scopes").size(), "the aggregator page bundles three articles");
    assertEquals("2025-02-18", a.getString("scopes[0].anchor"));
    assertEquals("2025-02-18", a.getString("scopes[1].anchor"));
    assertEquals("2025-02-17", a.getString("scopes[2].anchor"));
    List<String> kinds = a.getList("findings.kind");
    assertTrue(kinds.contains("WRONG_YEAR"), kinds::toString);
    assertTrue(kinds.contains("WRITTEN_BEFORE_PRINT"), kinds::toString);
    Map<String, String> values =
        a.<Map<String, Object>>getList("mentions").stream()
            .filter(m -> ((Integer) m.get("scope")) == 0 && m.get("value") != null)
            .collect(
                Collectors.toMap(
                    m -> (String) m.get("text"), m -> (String) m.get("value"), (x, y) -> x));
    assertEquals("2025-02-12", values.get("only six days ago"));
    assertEquals("2025-02-18", values.get("Later on Tuesday"));
    assertEquals("2025-03", values.get("next month"));
  }

  @Test
  void shouldDateThePlaceholderPieceFromTheOtherCoverage() {
    postTheFiveArticles();
    given()
        .get("/api/v1/sources/{id}", sources.get("sun"))
        .then()
        .statusCode(200)
        .body("trustedDate", org.hamcrest.Matchers.equalTo("2025-02-18"));
    JsonPath a =
        given()
            .get("/api/v1/sources/{id}/analysis", sources.get("sun"))
            .then()
            .extract()
            .jsonPath();
    assertEquals("COVERAGE", a.getString("scopes[0].basis"));
    assertTrue(a.getList("findings.kind").contains("PLACEHOLDER"));
  }

  @Test
  void shouldBuildTheTimelineWithEverySourceCitingTheMainHappenings() {
    postTheFiveArticles();
    Map<Long, Set<String>> twelfth = day("2025-02-12");
    assertTrue(citedByAll(twelfth, Set.of("aggregator")), "the 12 Feb call: " + twelfth);
    Map<Long, Set<String>> seventeenth = day("2025-02-17");
    Set<String> all = Set.of("sun", "aggregator", "ft", "sky1643", "sky1347");
    assertTrue(citedByAll(seventeenth, all), "the Paris summit, cited by all five: " + seventeenth);
    Map<Long, Set<String>> eighteenth = day("2025-02-18");
    assertTrue(citedByAll(eighteenth, all), "the Riyadh talks, cited by all five: " + eighteenth);
    JsonPath march =
        given()
            .queryParam("from", "2025-03-10")
            .queryParam("to", "2025-03-10")
            .queryParam("status", "PLANNED")
            .get("/api/v1/timeline")
            .then()
            .extract()
            .jsonPath();
    assertTrue(
        march.<Map<String, Object>>getList("items").stream()
            .anyMatch(e -> "2025-03-10".equals(((Map<?, ?>) e.get("start")).get("value"))),
        "the rescheduled 10 March visit, PLANNED: " + march.prettyPrint());
  }

  private static String resource(String path) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
