package org.newsroom.timeline.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.newsroom.testing.Api.unique;
import static org.newsroom.timeline.Fixtures.createEvent;
import static org.newsroom.timeline.Fixtures.event;
import static org.newsroom.timeline.Fixtures.source;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.newsroom.testing.body.CitationBody;
import org.newsroom.testing.body.EventBody;
import org.newsroom.testing.body.TimeBody;

@QuarkusTest
class TimelineResourceTest {

  private static final String TEXT =
      "Trump called Putin on Wednesday. Leaders met in Paris on Monday. Talks were held in"
          + " Riyadh on Tuesday. More talks are expected this month and this year.";

  private static long tagged(
      String tag, String title, TimeBody start, String zone, long src, String quote) {
    EventBody body =
        event(title, "2025-02-17", CitationBody.of(src, quote))
            .withStart(start)
            .withTimeZone(zone)
            .withTags(tag);
    return createEvent(body);
  }

  @Test
  void shouldOrderByDayThenCoarserPrecisionFirstThenInstant() {
    String tag = unique("order");
    long src = source("Reuters", TEXT + " " + unique("o"));
    // Created out of order on purpose; every one starts on Monday 17 February 2025.
    long timedLate =
        tagged(
            tag,
            "Timed 12:00 Riyadh",
            TimeBody.of("2025-02-17T12:00"),
            "Asia/Riyadh",
            src,
            "Riyadh on Tuesday");
    long day = tagged(tag, "Day", TimeBody.of("2025-02-17", "DAY"), null, src, "Paris on Monday");
    long timedEarly =
        tagged(
            tag,
            "Timed 10:00 London",
            TimeBody.of("2025-02-17T10:00"),
            "Europe/London",
            src,
            "Trump called Putin");
    long week =
        tagged(tag, "Week", TimeBody.of("2025-W08", "WEEK"), null, src, "expected this month");
    long dayTwo =
        tagged(tag, "Day two", TimeBody.of("2025-02-17", "DAY"), null, src, "Leaders met");
    long month = tagged(tag, "Month", TimeBody.of("2025-02", "MONTH"), null, src, "this month and");
    long nextDay =
        tagged(tag, "Next day", TimeBody.of("2025-02-18", "DAY"), null, src, "Talks were held");
    long year = tagged(tag, "Year", TimeBody.of("2025", "YEAR"), null, src, "this year");

    // 12:00 in Riyadh (09:00 UTC) comes before 10:00 in London (10:00 UTC).
    given()
        .queryParam("tag", tag)
        .get("/api/v1/timeline")
        .then()
        .statusCode(200)
        .body("total", equalTo(8))
        .body(
            "items.eventId",
            contains(
                (int) year,
                (int) month,
                (int) week,
                (int) day,
                (int) dayTwo,
                (int) timedLate,
                (int) timedEarly,
                (int) nextDay));
  }

  @Test
  void shouldInlineEachCitationsOutletAndTitle() {
    String tag = unique("inline");
    long reuters = source("Reuters", TEXT + " " + unique("r"));
    long sky = source("Sky News", TEXT + " " + unique("s"));
    EventBody body =
        event("Riyadh talks", "2025-02-18", CitationBody.of(reuters, "Riyadh on Tuesday"))
            .plusCitation(CitationBody.of(sky, "Talks were held"))
            .withTags(tag);
    createEvent(body);

    given()
        .queryParam("tag", tag)
        .get("/api/v1/timeline")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].when", equalTo("18 February 2025"))
        .body("items[0].citations", hasSize(2))
        .body("items[0].citations[0].outlet", equalTo("Reuters"))
        .body("items[0].citations[0].sourceTitle", equalTo("Title of Reuters"))
        .body("items[0].citations[0].sourceId", equalTo((int) reuters))
        .body("items[0].citations[0].quote.exact", equalTo("Riyadh on Tuesday"))
        .body("items[0].citations[1].outlet", equalTo("Sky News"));
  }

  @Test
  void shouldIncludeEventsWhoseBoundsOverlapTheRange() {
    String tag = unique("range");
    long src = source("Reuters", TEXT + " " + unique("b"));
    TimeBody bounded = TimeBody.of("2025-02", "MONTH").withBounds("2025-02-19", "2025-02-28");
    long expected = tagged(tag, "Expected meeting", bounded, null, src, "expected this month");
    long call =
        tagged(tag, "Call", TimeBody.of("2025-02-12", "DAY"), null, src, "Trump called Putin");

    given()
        .queryParam("tag", tag)
        .queryParam("from", "2025-02-20")
        .queryParam("to", "2025-02-20")
        .get("/api/v1/timeline")
        .then()
        .body("items.eventId", contains((int) expected));
    // Bounds narrow the month: nothing expected before the 19th.
    given()
        .queryParam("tag", tag)
        .queryParam("from", "2025-02-01")
        .queryParam("to", "2025-02-18")
        .get("/api/v1/timeline")
        .then()
        .body("items.eventId", contains((int) call));
  }

  @Test
  void shouldRejectBadRangesAndOversizedPages() {
    given()
        .queryParam("to", "2025-02-31")
        .get("/api/v1/timeline")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("to"));
    given()
        .queryParam("limit", 1000)
        .get("/api/v1/timeline")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
  }
}
