package org.newsroom.factcheck.discrepancy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.factcheck.Fixtures.EDITOR;
import static org.newsroom.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.newsroom.factcheck.Fixtures;
import org.newsroom.testing.body.StatusChangeBody;

/** When a discrepancy was recorded and last changed is kept by Hibernate, not by each writer. */
@QuarkusTest
class AuditTimestampsTest {

  private static final String PATH = "/api/v1/discrepancies/{id}";

  @Test
  void shouldStampTheRecordingOnceAndEveryDecisionAfterIt() {
    long id = Fixtures.recordedDiscrepancy().discrepancyId();
    Response recorded = given().get(PATH, id);
    OffsetDateTime recordedAt = at(recorded, "recordedAt");
    assertNotNull(recordedAt);
    assertEquals(recordedAt, at(recorded, "updatedAt"), "a new record was last changed when made");

    Response decided =
        as(EDITOR)
            .header("If-Match", recorded.header("ETag"))
            .body(StatusChangeBody.to("CONFIRMED", "Checked both texts"))
            .post(PATH + "/status", id);
    decided.then().statusCode(200);
    assertEquals(recordedAt, at(decided, "recordedAt"));
    assertTrue(at(decided, "updatedAt").isAfter(recordedAt), "the decision is stamped");
    assertEquals(at(decided, "updatedAt"), at(given().get(PATH, id), "updatedAt"));
  }

  private static OffsetDateTime at(Response response, String field) {
    return OffsetDateTime.parse(response.jsonPath().getString(field));
  }
}
