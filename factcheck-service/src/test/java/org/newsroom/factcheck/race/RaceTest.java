package org.newsroom.factcheck.race;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsroom.factcheck.Fixtures.EDITOR;
import static org.newsroom.factcheck.Fixtures.JOURNALIST;
import static org.newsroom.factcheck.Fixtures.discrepancy;
import static org.newsroom.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.factcheck.Fixtures;
import org.newsroom.testing.Race;
import org.newsroom.testing.body.AssertionBody;
import org.newsroom.testing.body.CorrectionBody;
import org.newsroom.testing.body.TransitionNoteBody;

/** Concurrent writers of one resource queue up: one wins, the stale rest get 412, never a 500. */
@QuarkusTest
class RaceTest {

  @Test
  void shouldLetOneOfManyReplacementsWithOneETagWinAndTheRestGet412() throws Exception {
    Fixtures.TwoSources made = Fixtures.recordedDiscrepancy();
    List<Integer> statuses =
        Race.run(
            8,
            i ->
                as(JOURNALIST)
                    .header("If-Match", "\"0\"")
                    .body(
                        discrepancy(
                            made.subject() + " take " + i,
                            AssertionBody.of(made.first(), "4-1/2 hours", "4-1/2 hours"),
                            AssertionBody.of(
                                made.second(), "almost five hours", "almost five hours")))
                    .put("/api/v1/discrepancies/{id}", made.discrepancyId())
                    .statusCode());
    assertEquals(1, Race.count(statuses, 200), statuses::toString);
    assertEquals(7, Race.count(statuses, 412), statuses::toString);
    given()
        .get("/api/v1/discrepancies/{id}", made.discrepancyId())
        .then()
        .header("ETag", equalTo("\"1\""));
  }

  @Test
  void shouldApproveEveryCorrectionOfOneDiscrepancyAtOnceWhenNoCallerWasStale() throws Exception {
    Fixtures.TwoSources made = Fixtures.recordedDiscrepancy();
    String[][] spans = {
      {"first", "4-1/2 hours"}, {"first", "4-1/2"}, {"first", "hours of talks"},
      {"second", "almost five hours"}, {"second", "almost five"}, {"second", "aides said"}
    };
    List<Long> corrections = new ArrayList<>();
    for (String[] span : spans) {
      long source = span[0].equals("first") ? made.first() : made.second();
      CorrectionBody body =
          CorrectionBody.of(
                  source,
                  span[1],
                  span[1] + " (corrected)",
                  "Pool timings differ",
                  "An earlier version misstated the length of the talks.")
              .withDiscrepancyId(made.discrepancyId());
      corrections.add(
          as(JOURNALIST)
              .body(body)
              .post("/api/v1/corrections")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath()
              .getLong("id"));
    }
    List<Integer> statuses =
        Race.run(
            corrections.size(),
            i ->
                as(EDITOR)
                    .header("If-Match", "\"0\"")
                    .body(TransitionNoteBody.of("Checked " + i))
                    .post("/api/v1/corrections/{id}/approve", corrections.get(i))
                    .statusCode());
    assertEquals(corrections.size(), Race.count(statuses, 200), statuses::toString);
    given()
        .get("/api/v1/discrepancies/{id}", made.discrepancyId())
        .then()
        .body("status", equalTo("RESOLVED"));
  }
}
