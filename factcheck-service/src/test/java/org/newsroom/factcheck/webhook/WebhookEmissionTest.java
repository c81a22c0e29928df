package org.newsroom.factcheck.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.factcheck.Fixtures.EDITOR;
import static org.newsroom.factcheck.Fixtures.JOURNALIST;
import static org.newsroom.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.factcheck.Fixtures;
import org.newsroom.testing.Eventually;
import org.newsroom.testing.WebhookReceiver;
import org.newsroom.testing.WebhookReceiver.Answer;
import org.newsroom.testing.WebhookReceiver.Received;
import org.newsroom.testing.body.CorrectionBody;
import org.newsroom.testing.body.TransitionNoteBody;
import org.newsroom.testing.body.WebhookBody;

/** What factcheck-service announces along a discrepancy and the correction that resolves it. */
@QuarkusTest
class WebhookEmissionTest {

  private static final List<String> ALL =
      List.of(
          "discrepancy.detected",
          "discrepancy.resolved",
          "correction.submitted",
          "correction.approved",
          "correction.published");

  @Test
  void shouldAnnounceEachStepOnceSignedAndNothingForARefusedOne() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      receiver.start(Duration.ZERO, Answer.UP);
      JsonPath created =
          as(EDITOR)
              .body(new WebhookBody(receiver.url(), ALL, "Standards desk"))
              .post("/api/v1/webhooks")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath();
      long hook = created.getLong("id");
      String secret = created.getString("secret");
      try {
        Fixtures.TwoSources made = Fixtures.recordedDiscrepancy();
        long correction =
            as(JOURNALIST)
                .body(
                    CorrectionBody.of(
                            made.second(),
                            "almost five hours",
                            "four and a half hours",
                            "Pool timings say 4h30",
                            "An earlier version gave the wrong length.")
                        .withDiscrepancyId(made.discrepancyId()))
                .post("/api/v1/corrections")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String path = "/api/v1/corrections/{id}/";
        as(EDITOR)
            .header("If-Match", "\"7\"")
            .body(TransitionNoteBody.of("stale"))
            .post(path + "approve", correction)
            .then()
            .statusCode(412);
        as(EDITOR)
            .header("If-Match", "\"0\"")
            .body(TransitionNoteBody.of("Checked"))
            .post(path + "approve", correction)
            .then()
            .statusCode(200);
        as(EDITOR)
            .header("If-Match", "\"1\"")
            .body(TransitionNoteBody.of("Out"))
            .post(path + "publish", correction)
            .then()
            .statusCode(200);

        JsonPath deliveries =
            Eventually.until(
                Duration.ofSeconds(60),
                () -> deliveries(hook),
                d ->
                    d.getInt("total") == 5
                        && d.getList("items.status").stream().allMatch("DELIVERED"::equals),
                "five deliveries");
        List<String> types = new ArrayList<>(deliveries.getList("items.type"));
        Collections.reverse(types);
        assertEquals(
            List.of(
                "discrepancy.detected",
                "correction.submitted",
                "discrepancy.resolved",
                "correction.approved",
                "correction.published"),
            types);
        List<Received> got = receiver.received();
        assertEquals(5, got.size(), "each message once, nothing for the refused approval");
        assertEquals(5, got.stream().map(Received::id).distinct().count());
        for (Received r : got) {
          assertTrue(WebhookReceiver.verifies(secret, r), "signature of " + r);
          JsonPath body = new JsonPath(r.body());
          long id = body.getLong("data.id");
          if (body.getString("type").startsWith("discrepancy.")) {
            assertEquals(made.discrepancyId(), id);
          } else {
            assertEquals(correction, id);
          }
        }
        Map<String, Object> resolved =
            got.stream()
                .map(r -> new JsonPath(r.body()))
                .filter(b -> b.getString("type").equals("discrepancy.resolved"))
                .findFirst()
                .orElseThrow()
                .getMap("data");
        assertEquals("RESOLVED", resolved.get("status"));
        JsonPath detected =
            got.stream()
                .map(r -> new JsonPath(r.body()))
                .filter(b -> b.getString("type").equals("discrepancy.detected"))
                .findFirst()
                .orElseThrow();
        assertEquals("PERSON", detected.getString("data.recorderKind"));
      } finally {
        String etag = as(EDITOR).get("/api/v1/webhooks/{id}", hook).then().extract().header("ETag");
        as(EDITOR)
            .header("If-Match", etag)
            .delete("/api/v1/webhooks/{id}", hook)
            .then()
            .statusCode(204);
      }
    }
  }

  @Test
  void shouldRefuseEventTypesOfTheOtherService() {
    as(EDITOR)
        .body(WebhookBody.of("https://example.org/hooks", "event.created"))
        .post("/api/v1/webhooks")
        .then()
        .statusCode(400);
  }

  private static JsonPath deliveries(long hook) {
    return as(EDITOR)
        .get("/api/v1/webhooks/{id}/deliveries", hook)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
