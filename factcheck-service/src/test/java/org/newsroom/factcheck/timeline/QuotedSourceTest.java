package org.newsroom.factcheck.timeline;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.newsroom.factcheck.Fixtures.EDITOR;
import static org.newsroom.factcheck.Fixtures.JOURNALIST;
import static org.newsroom.factcheck.Fixtures.source;
import static org.newsroom.factcheck.Fixtures.timeline;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.newsroom.factcheck.Fixtures;
import org.newsroom.testing.body.CorrectionBody;

/**
 * Across both services: timeline-service keeps a source that a discrepancy or a correction here
 * quotes, and says which; a source nothing quotes still goes.
 */
@QuarkusTest
class QuotedSourceTest {

  private static final String SOURCE = "/api/v1/sources/{id}";

  @Test
  void shouldKeepASourceADiscrepancyQuotesAndNameTheDiscrepancy() {
    Fixtures.TwoSources made = Fixtures.recordedDiscrepancy();
    delete(made.first())
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", endsWith(":source-in-use"))
        .body("detail", containsString("discrepancy " + made.discrepancyId()));
    timeline(JOURNALIST).get(SOURCE, made.first()).then().statusCode(200);
  }

  @Test
  void shouldKeepASourceACorrectionQuotesAndNameTheCorrection() {
    long quoted = source(unique("Wire"), "Published February 19, 2023. RIYADH. " + unique("t"));
    long correction =
        as(JOURNALIST)
            .body(
                CorrectionBody.of(
                    quoted,
                    "February 19, 2023",
                    "February 18, 2025",
                    "The dateline says otherwise",
                    "An earlier version gave the wrong year."))
            .post("/api/v1/corrections")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    delete(quoted).statusCode(409).body("detail", containsString("correction " + correction));
  }

  @Test
  void shouldDeleteASourceNothingQuotes() {
    long unquoted = source(unique("Wire"), "Nothing here is disputed. " + unique("t"));
    delete(unquoted).statusCode(204);
    timeline(JOURNALIST).get(SOURCE, unquoted).then().statusCode(404);
  }

  private static io.restassured.response.ValidatableResponse delete(long sourceId) {
    String etag = timeline(JOURNALIST).get(SOURCE, sourceId).header("ETag");
    return timeline(EDITOR).header("If-Match", etag).delete(SOURCE, sourceId).then();
  }
}
