package org.newsroom.testing;

import io.restassured.specification.RequestSpecification;
import org.newsroom.testing.body.EventBody;
import org.newsroom.testing.body.SourceBody;

/**
 * Sources and events written to timeline-service through a request the caller points there (its
 * token, its host and port), for the tests of either service.
 */
public final class TimelineFixtures {

  private TimelineFixtures() {}

  /** Ingests an article and answers the new source's id; fails unless it is new (201). */
  public static long createSource(RequestSpecification request, SourceBody source) {
    return request
        .body(source)
        .post("/api/v1/sources")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** Ingests a text from an outlet, titled "Title of" the outlet; answers the new source's id. */
  public static long source(RequestSpecification request, String outlet, String text) {
    return createSource(request, SourceBody.of(outlet, text).withTitle("Title of " + outlet));
  }

  /** Creates an event and answers its id; fails unless it is created (201). */
  public static long createEvent(RequestSpecification request, EventBody event) {
    return request
        .body(event)
        .post("/api/v1/events")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
