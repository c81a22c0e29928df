package org.newsroom.timeline.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;
import static org.newsroom.timeline.Fixtures.JOURNALIST;
import static org.newsroom.timeline.Fixtures.createEvent;
import static org.newsroom.timeline.Fixtures.event;
import static org.newsroom.timeline.Fixtures.source;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.testing.Race;
import org.newsroom.testing.body.CitationBody;
import org.newsroom.testing.body.SourceMetadataBody;

/** Concurrent writers of one resource queue up: one wins, the stale rest get 412, never a 500. */
@QuarkusTest
class RaceTest {

  private static final String TEXT = "The talks in the capital ended on Tuesday after five hours.";

  @Test
  void shouldLetOneOfManyEventEditsWithOneETagWinAndTheRestGet412() throws Exception {
    long src = source("Wire", TEXT + " " + unique("race"));
    long id = createEvent(event(unique("Race"), "2025-02-18", CitationBody.of(src, "Tuesday")));
    List<Integer> statuses =
        Race.run(
            8,
            i ->
                as(JOURNALIST)
                    .header("If-Match", "\"0\"")
                    .body(event("Take " + i, "2025-02-18", CitationBody.of(src, "five hours")))
                    .put("/api/v1/events/{id}", id)
                    .statusCode());
    assertEquals(1, Race.count(statuses, 200), statuses::toString);
    assertEquals(7, Race.count(statuses, 412), statuses::toString);
  }

  @Test
  void shouldLetOneOfManySourceEditsWithOneETagWinAndTheRestGet412() throws Exception {
    long src = source("Wire", TEXT + " " + unique("race"));
    List<Integer> statuses =
        Race.run(
            8,
            i ->
                as(JOURNALIST)
                    .header("If-Match", "\"0\"")
                    .body(SourceMetadataBody.of("Wire take " + i))
                    .put("/api/v1/sources/{id}", src)
                    .statusCode());
    assertEquals(1, Race.count(statuses, 200), statuses::toString);
    assertEquals(7, Race.count(statuses, 412), statuses::toString);
  }
}
