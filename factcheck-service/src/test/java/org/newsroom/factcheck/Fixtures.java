package org.newsroom.factcheck;

import static io.restassured.RestAssured.given;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.newsroom.testing.TimelineFixtures;
import org.newsroom.testing.Tokens;
import org.newsroom.testing.body.AssertionBody;
import org.newsroom.testing.body.CitationBody;
import org.newsroom.testing.body.DiscrepancyBody;
import org.newsroom.testing.body.EventBody;
import org.newsroom.testing.body.TimeBody;

/**
 * Builds what a test needs through the APIs — sources in the real timeline-service, discrepancies
 * and corrections here — with names no other test uses.
 */
public final class Fixtures {

  public static final String JOURNALIST = Tokens.journalist("Jo Journalist");
  public static final String OTHER_JOURNALIST = Tokens.journalist("Kim Reporter");
  public static final String EDITOR = Tokens.editor("Ed Editor");
  public static final String OTHER_EDITOR = Tokens.editor("Di Desk");

  private Fixtures() {}

  /** A request to the real timeline-service with a bearer token. */
  public static RequestSpecification timeline(String token) {
    return as(token).baseUri("http://localhost").port(TimelineServiceResource.port());
  }

  /** A source in timeline-service; answers its id. */
  public static long source(String outlet, String text) {
    return TimelineFixtures.source(timeline(JOURNALIST), outlet, text);
  }

  /** An event in timeline-service citing a quote of a source; answers its id. */
  public static long event(String title, long sourceId, String exact) {
    return TimelineFixtures.createEvent(
        timeline(JOURNALIST),
        EventBody.occurred(
            title, TimeBody.of("2025-02-18", "DAY"), CitationBody.of(sourceId, exact)));
  }

  /** A medium-severity numeric mismatch of durations between the assertions. */
  public static DiscrepancyBody discrepancy(String subject, AssertionBody... assertions) {
    return DiscrepancyBody.of(
        subject,
        "DURATION",
        "NUMERIC_MISMATCH",
        "MEDIUM",
        "Sources give different lengths",
        List.of(assertions));
  }

  /**
   * Two sources that disagree on a meeting's length, and a discrepancy recording it as a
   * journalist. The first source says "4-1/2 hours", the second "almost five hours".
   */
  public record TwoSources(long first, long second, String subject, long discrepancyId) {}

  public static TwoSources recordedDiscrepancy() {
    String tag = unique("talks");
    long first = source(unique("Wire"), "The 4-1/2 hours of talks ended. " + tag);
    long second = source(unique("Tabloid"), "It lasted almost five hours, aides said. " + tag);
    String subject = unique("Length of the talks");
    long id =
        as(JOURNALIST)
            .body(
                discrepancy(
                    subject,
                    AssertionBody.of(first, "4-1/2 hours", "4-1/2 hours"),
                    AssertionBody.of(second, "almost five hours", "almost five hours")))
            .post("/api/v1/discrepancies")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    return new TwoSources(first, second, subject, id);
  }

  /** The current ETag of a resource here. */
  public static String etag(String path, long id) {
    return given().get(path, id).then().statusCode(200).extract().header("ETag");
  }
}
