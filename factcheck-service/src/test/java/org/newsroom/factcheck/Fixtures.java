package org.newsroom.factcheck;

import static io.restassured.RestAssured.given;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.testing.Tokens;

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
    return timeline(JOURNALIST)
        .body(Map.of("outlet", outlet, "title", "Title of " + outlet, "text", text))
        .post("/api/v1/sources")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** An event in timeline-service citing a quote of a source; answers its id. */
  public static long event(String title, long sourceId, String exact) {
    Map<String, Object> event = new HashMap<>();
    event.put("title", title);
    event.put("start", Map.of("value", "2025-02-18", "precision", "DAY"));
    event.put("status", "OCCURRED");
    event.put("citations", List.of(Map.of("sourceId", sourceId, "quote", Map.of("exact", exact))));
    return timeline(JOURNALIST)
        .body(event)
        .post("/api/v1/events")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** An assertion quoting {@code exact} in a source. */
  public static Map<String, Object> assertion(long sourceId, String exact, String stated) {
    Map<String, Object> assertion = new HashMap<>();
    assertion.put("sourceId", sourceId);
    assertion.put("quote", new HashMap<>(Map.of("exact", exact)));
    assertion.put("statedValue", stated);
    return assertion;
  }

  public static Map<String, Object> normalized(String type, String value, String qualifier) {
    Map<String, Object> normalized = new HashMap<>();
    normalized.put("type", type);
    normalized.put("value", value);
    normalized.put("qualifier", qualifier);
    return normalized;
  }

  @SafeVarargs
  public static Map<String, Object> discrepancy(String subject, Map<String, Object>... assertions) {
    Map<String, Object> body = new HashMap<>();
    body.put("subject", subject);
    body.put("attribute", "DURATION");
    body.put("kind", "NUMERIC_MISMATCH");
    body.put("severity", "MEDIUM");
    body.put("description", "Sources give different lengths");
    body.put("assertions", new ArrayList<>(List.of(assertions)));
    return body;
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
                    assertion(first, "4-1/2 hours", "4-1/2 hours"),
                    assertion(second, "almost five hours", "almost five hours")))
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
