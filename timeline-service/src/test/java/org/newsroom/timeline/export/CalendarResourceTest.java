package org.newsroom.timeline.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;
import static org.newsroom.timeline.Fixtures.JOURNALIST;
import static org.newsroom.timeline.Fixtures.createEvent;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.testing.TimelineFixtures;
import org.newsroom.testing.body.CitationBody;
import org.newsroom.testing.body.EventBody;
import org.newsroom.testing.body.TimeBody;

@QuarkusTest
class CalendarResourceTest {

  private static final String TEXT =
      "The council will vote on the budget, the levy; and the bridge. A strike is expected"
          + " next week. The fair was called off. Work on the pier finished last year.";

  /** One component as parsed back: its properties (name with parameters → unescaped value). */
  record Component(String name, Map<String, String> properties, List<Component> children) {}

  @Test
  void shouldServePlannedAndExpectedEventsAsAFoldedEscapedRfc5545Calendar() {
    String tag = unique("ics");
    long src = TimelineFixtures.source(as(JOURNALIST), "Harbour Ledger", TEXT + unique(" "));
    String longTitle =
        "Council votes on the budget, the levy; and the bridge \\ with a very long title that"
            + " runs well past seventy-five octets — Zürich, Ōsaka, 東京 and 📰 included";
    long planned =
        createEvent(
            event(longTitle, TimeBody.of("2025-03-04T18:30"), src, "The council will vote")
                .withTimeZone("Europe/Berlin")
                .withStatus("PLANNED")
                .withSummary("Line one\nLine two, with a comma")
                .withPlace("Town hall; room 2")
                .withTags(tag, "budget,levy"));
    long expected =
        createEvent(
            event("Strike", TimeBody.of("2025-W11", "WEEK"), src, "A strike is expected")
                .withStatus("EXPECTED")
                .withTags(tag));
    long cancelled =
        createEvent(
            event("Fair", TimeBody.of("2025-03-08", "DAY"), src, "The fair was called off")
                .withStatus("CANCELLED")
                .withTags(tag));
    createEvent(event("Pier", TimeBody.of("2024", "YEAR"), src, "Work on the pier").withTags(tag));

    Response response = given().queryParam("tag", tag).get("/api/v1/timeline/calendar.ics");
    response.then().statusCode(200).contentType("text/calendar");
    byte[] bytes = response.asByteArray();
    String body = new String(bytes, StandardCharsets.UTF_8);

    assertTrue(body.endsWith("\r\n"));
    assertFalse(body.replace("\r\n", "").contains("\n"), "bare LF");
    assertFalse(body.replace("\r\n", "").contains("\r"), "bare CR");
    for (String physical : body.split("\r\n")) {
      assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
    }

    Component calendar = parse(body);
    assertEquals("VCALENDAR", calendar.name());
    assertEquals("2.0", calendar.properties().get("VERSION"));
    assertTrue(calendar.properties().containsKey("PRODID"));
    List<Component> events = calendar.children();
    assertEquals(2, events.size(), "PLANNED and EXPECTED only; not CANCELLED or OCCURRED");

    // Events in timeline order: the strike's week (10 March) comes after 4 March.
    Component council = events.get(0);
    assertEquals("event-" + planned + "@timeline.newsroom", council.properties().get("UID"));
    assertEquals(longTitle, council.properties().get("SUMMARY"));
    assertEquals("20250304T173000Z", council.properties().get("DTSTART"));
    assertEquals("CONFIRMED", council.properties().get("STATUS"));
    assertEquals("Town hall; room 2", council.properties().get("LOCATION"));
    assertEquals("0", council.properties().get("SEQUENCE"));
    assertTrue(council.properties().get("DTSTAMP").matches("\\d{8}T\\d{6}Z"));
    String description = council.properties().get("DESCRIPTION");
    assertTrue(description.startsWith("Line one\nLine two, with a comma\n"), description);
    assertTrue(description.contains("When: 4 March 2025, 18:30 (Europe/Berlin)"), description);
    assertTrue(
        description.contains(
            "- Harbour Ledger, \"Title of Harbour Ledger\": “The council will vote”"),
        description);
    assertTrue(body.contains("CATEGORIES:" + tag + ",budget\\,levy\r\n"), body);
    assertTrue(
        body.contains("SUMMARY:Council votes on the budget\\, the levy\\; and the bridge \\\\"));

    Component strike = events.get(1);
    assertEquals("event-" + expected + "@timeline.newsroom", strike.properties().get("UID"));
    assertEquals("20250310", strike.properties().get("DTSTART;VALUE=DATE"));
    assertEquals("20250317", strike.properties().get("DTEND;VALUE=DATE"));
    assertEquals("TENTATIVE", strike.properties().get("STATUS"));
    assertNull(strike.properties().get("DTSTART"));

    // Cancelled events join when asked for, as STATUS:CANCELLED.
    Component withCancelled =
        parse(
            given()
                .queryParam("tag", tag)
                .queryParam("status", "PLANNED,CANCELLED")
                .get("/api/v1/timeline/calendar.ics")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertEquals(2, withCancelled.children().size());
    Component fair = withCancelled.children().get(1);
    assertEquals("event-" + cancelled + "@timeline.newsroom", fair.properties().get("UID"));
    assertEquals("CANCELLED", fair.properties().get("STATUS"));
    assertEquals("20250308", fair.properties().get("DTSTART;VALUE=DATE"));
    assertEquals("20250309", fair.properties().get("DTEND;VALUE=DATE"));
  }

  @Test
  void shouldRefuseStatusesACalendarDoesNotHoldAs400() {
    given()
        .queryParam("status", "OCCURRED")
        .get("/api/v1/timeline/calendar.ics")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  private static EventBody event(String title, TimeBody start, long source, String quote) {
    return EventBody.occurred(title, start, CitationBody.of(source, quote));
  }

  /**
   * A minimal RFC 5545 reader: unfolds (CRLF followed by a space or tab), splits name and
   * parameters from the value at the first colon outside quotes, unescapes TEXT and nests
   * BEGIN/END.
   */
  static Component parse(String ics) {
    String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
    List<Component> stack = new ArrayList<>();
    Component root = null;
    for (String line : unfolded.split("\r\n")) {
      int colon = valueStart(line);
      String name = line.substring(0, colon);
      String value = line.substring(colon + 1);
      if (name.equals("BEGIN")) {
        Component c = new Component(value, new LinkedHashMap<>(), new ArrayList<>());
        if (stack.isEmpty()) {
          root = c;
        } else {
          stack.get(stack.size() - 1).children().add(c);
        }
        stack.add(c);
      } else if (name.equals("END")) {
        Component c = stack.remove(stack.size() - 1);
        assertEquals(c.name(), value, "END matches BEGIN");
      } else {
        stack.get(stack.size() - 1).properties().put(name, unescape(value));
      }
    }
    assertTrue(stack.isEmpty(), "every BEGIN has its END");
    return root;
  }

  private static int valueStart(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ':' && !quoted) {
        return i;
      }
    }
    throw new AssertionError("no value in " + line);
  }

  private static String unescape(String value) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        s.append(next == 'n' || next == 'N' ? '\n' : next);
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }
}
