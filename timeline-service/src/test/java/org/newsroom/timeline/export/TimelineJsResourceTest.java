package org.newsroom.timeline.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;
import static org.newsroom.timeline.Fixtures.JOURNALIST;
import static org.newsroom.timeline.Fixtures.createEvent;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsroom.testing.TimelineFixtures;
import org.newsroom.testing.body.CitationBody;
import org.newsroom.testing.body.EventBody;
import org.newsroom.testing.body.SourceBody;
import org.newsroom.testing.body.TimeBody;

@QuarkusTest
class TimelineJsResourceTest {

  /*
   * The TimelineJS 3 JSON format as its documentation describes it
   * (timeline.knightlab.com/docs/json-format.html): the fields each object may have, the ones it
   * must have, and the date fields, which are whole numbers in their calendar ranges.
   */
  private static final Set<String> DOCUMENT = Set.of("title", "events", "eras", "scale");
  private static final Set<String> SLIDE =
      Set.of(
          "start_date",
          "end_date",
          "text",
          "media",
          "group",
          "display_date",
          "background",
          "autolink",
          "unique_id");
  private static final Set<String> TEXT = Set.of("headline", "text");
  private static final Map<String, int[]> DATE_FIELDS =
      Map.of(
          "year", new int[] {-999_999, 999_999},
          "month", new int[] {1, 12},
          "day", new int[] {1, 31},
          "hour", new int[] {0, 23},
          "minute", new int[] {0, 59},
          "second", new int[] {0, 59},
          "millisecond", new int[] {0, 999});
  private static final Set<String> DATE_STRINGS = Set.of("display_date", "format");

  private static final String TEXT_BODY =
      "The harbour board met in March. Its chair said \"<b>no</b> & 'never'\" before the vote."
          + " Dredging is due next year. Inspections ran all week. The ferry left at 10:30.";

  @Test
  void shouldExportEachPrecisionInTheDocumentedTimelineJsShape() {
    String tag = unique("tljs");
    long linked =
        TimelineFixtures.createSource(
            as(JOURNALIST),
            SourceBody.of("Harbour Ledger", TEXT_BODY + " " + unique("a"))
                .withTitle("Board <votes>")
                .withUrl("https://ledger.example/harbour?a=1&b=2"));
    long unlinked =
        TimelineFixtures.createSource(
            as(JOURNALIST), SourceBody.of("Valley Courier", TEXT_BODY + " " + unique("b")));
    long year =
        createEvent(
            event("Dredging <begins>", TimeBody.of("2026", "YEAR"), linked, "Dredging is due")
                .withStatus("PLANNED")
                .withTags(tag));
    long month =
        createEvent(
            event("Board meets", TimeBody.of("2025-03", "MONTH"), unlinked, "met in March")
                .withTags(tag));
    long week =
        createEvent(
            event("Inspections", TimeBody.of("2025-W07", "WEEK"), linked, "Inspections ran")
                .withTags(tag));
    long timed =
        createEvent(
            event("Ferry \"Sea & Sky\" leaves", TimeBody.of("2025-02-18T10:30"), linked, "ferry")
                .withTimeZone("Asia/Riyadh")
                .withSummary("A <script>alert('x')</script> summary")
                .plusCitation(CitationBody.of(unlinked, "\"<b>no</b> & 'never'\""))
                .withTags(tag));

    JsonPath doc =
        given()
            .queryParam("tag", tag)
            .get("/api/v1/timeline/timelinejs")
            .then()
            .statusCode(200)
            .contentType("application/json")
            .extract()
            .jsonPath();

    Map<String, Object> root = doc.getMap("$");
    assertShape(root);
    assertEquals("Timeline", doc.getString("title.text.headline"));
    List<Map<String, Object>> events = doc.getList("events");
    assertEquals(
        List.of("event-" + week, "event-" + timed, "event-" + month, "event-" + year),
        events.stream().map(e -> e.get("unique_id")).toList());

    Map<String, Object> w = events.get(0);
    assertEquals(Map.of("year", 2025, "month", 2, "day", 10), w.get("start_date"));
    assertEquals(Map.of("year", 2025, "month", 2, "day", 16), w.get("end_date"));
    assertEquals("Week of 10 February 2025", w.get("display_date"));
    assertEquals("Occurred", w.get("group"));

    Map<String, Object> t = events.get(1);
    assertEquals(
        Map.of("year", 2025, "month", 2, "day", 18, "hour", 10, "minute", 30), t.get("start_date"));
    assertNull(t.get("end_date"));
    assertEquals("18 February 2025, 10:30 (Asia/Riyadh)", t.get("display_date"));
    @SuppressWarnings("unchecked")
    Map<String, String> text = (Map<String, String>) t.get("text");
    assertEquals("Ferry &quot;Sea &amp; Sky&quot; leaves", text.get("headline"));
    String html = text.get("text");
    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("A &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; summary"), html);
    assertTrue(
        html.contains(
            "<a href=\"https://ledger.example/harbour?a=1&amp;b=2\">Harbour Ledger</a>, <cite>Board"
                + " &lt;votes&gt;</cite>: <q>ferry</q>"),
        html);
    assertTrue(
        html.contains(
            "<a href=\"http://localhost:"
                + RestAssured.port
                + "/api/v1/sources/"
                + unlinked
                + "\">Valley Courier</a>: <q>&quot;&lt;b&gt;no&lt;/b&gt; &amp; &#39;never&#39;&quot;</q>"),
        html);

    Map<String, Object> m = events.get(2);
    assertEquals(Map.of("year", 2025, "month", 3), m.get("start_date"));
    assertNull(m.get("display_date"));

    Map<String, Object> y = events.get(3);
    assertEquals(Map.of("year", 2026), y.get("start_date"));
    assertNull(y.get("display_date"));
    assertEquals("Planned", y.get("group"));
    assertEquals("Dredging &lt;begins&gt;", doc.getString("events[3].text.headline"));
  }

  @Test
  void shouldSayBoundsAndRangesInTheDisplayDate() {
    String tag = unique("tljs-range");
    long src = TimelineFixtures.source(as(JOURNALIST), "Harbour Ledger", TEXT_BODY + unique(" c"));
    long ranged =
        createEvent(
            event("Inspections", TimeBody.of("2025-02-17", "DAY"), src, "Inspections ran")
                .withEnd(TimeBody.of("2025-02-20", "DAY"))
                .withTags(tag));
    long bounded =
        createEvent(
            event(
                    "Board meets",
                    TimeBody.of("2025-03", "MONTH").withBounds("2025-03-03", "2025-03-20"),
                    src,
                    "met in March")
                .withTags(tag));

    JsonPath doc =
        given()
            .queryParam("tag", tag)
            .get("/api/v1/timeline/timelinejs")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertShape(doc.getMap("$"));
    assertEquals(List.of("event-" + ranged, "event-" + bounded), doc.getList("events.unique_id"));
    assertEquals(Map.of("year", 2025, "month", 2, "day", 20), doc.getMap("events[0].end_date"));
    assertEquals("17 February 2025 – 20 February 2025", doc.getString("events[0].display_date"));
    assertEquals(
        "March 2025, between 3 March 2025 and 20 March 2025",
        doc.getString("events[1].display_date"));
  }

  @Test
  void shouldRejectAFilterThatDoesNotParseAs400Problem() {
    given()
        .queryParam("from", "yesterday")
        .get("/api/v1/timeline/timelinejs")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  private static EventBody event(String title, TimeBody start, long source, String quote) {
    return EventBody.occurred(title, start, CitationBody.of(source, quote));
  }

  /** Checks a document against the documented structure, field by field. */
  @SuppressWarnings("unchecked")
  private static void assertShape(Map<String, Object> doc) {
    assertTrue(DOCUMENT.containsAll(doc.keySet()), doc.keySet()::toString);
    assertTrue(doc.get("events") instanceof List, "events is an array");
    if (doc.containsKey("title")) {
      assertSlide((Map<String, Object>) doc.get("title"), false);
    }
    for (Object slide : (List<Object>) doc.get("events")) {
      assertSlide((Map<String, Object>) slide, true);
    }
  }

  @SuppressWarnings("unchecked")
  private static void assertSlide(Map<String, Object> slide, boolean event) {
    assertTrue(SLIDE.containsAll(slide.keySet()), slide.keySet()::toString);
    if (event) {
      assertNotNull(slide.get("start_date"), "an event slide needs start_date");
      assertNotNull(slide.get("unique_id"));
    }
    for (String date : List.of("start_date", "end_date")) {
      if (slide.containsKey(date)) {
        assertDate((Map<String, Object>) slide.get(date));
      }
    }
    for (String string : List.of("display_date", "unique_id", "group")) {
      if (slide.containsKey(string)) {
        assertTrue(slide.get(string) instanceof String, string + " is a string");
      }
    }
    Map<String, Object> text = (Map<String, Object>) slide.get("text");
    assertNotNull(text);
    assertTrue(TEXT.containsAll(text.keySet()), text.keySet()::toString);
    text.values().forEach(v -> assertTrue(v instanceof String));
  }

  private static void assertDate(Map<String, Object> date) {
    assertTrue(date.get("year") instanceof Integer, "year is required and a number");
    date.forEach(
        (field, value) -> {
          if (DATE_STRINGS.contains(field)) {
            assertTrue(value instanceof String);
            return;
          }
          int[] range = DATE_FIELDS.get(field);
          assertNotNull(range, "unknown date field " + field);
          int v = (Integer) value;
          assertTrue(v >= range[0] && v <= range[1], field + " " + v + " out of range");
        });
    // A finer field never appears without the coarser ones.
    List<String> order = List.of("year", "month", "day", "hour", "minute");
    for (int i = 1; i < order.size(); i++) {
      if (date.containsKey(order.get(i))) {
        assertTrue(
            date.containsKey(order.get(i - 1)), order.get(i) + " without " + order.get(i - 1));
      }
    }
  }
}
