package org.newsroom.timeline.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;
import static org.newsroom.timeline.Fixtures.EDITOR;
import static org.newsroom.timeline.Fixtures.JOURNALIST;
import static org.newsroom.timeline.Fixtures.createEvent;
import static org.newsroom.timeline.Fixtures.event;
import static org.newsroom.timeline.Fixtures.source;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.testing.Eventually;
import org.newsroom.testing.WebhookReceiver;
import org.newsroom.testing.WebhookReceiver.Answer;
import org.newsroom.testing.WebhookReceiver.Received;
import org.newsroom.testing.body.CitationBody;
import org.newsroom.testing.body.WebhookBody;

/**
 * Deliveries against a real local subscriber that is down, then answers 503, then too slowly, then
 * is up: the same webhook-id on every attempt, every attempt recorded, one success, signatures that
 * verify with the secret. Back-off is milliseconds in the test profile and the read timeout 1 s.
 */
@QuarkusTest
class WebhookDeliveryTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String TEXT = "The talks in Riyadh ended on Tuesday after four hours.";

  @Test
  void shouldDeliverOnceWithOneIdThroughAnOutageAnErrorAndASlowAnswer() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      JsonPath created =
          as(EDITOR)
              .body(WebhookBody.of(receiver.url(), "event.created"))
              .post("/api/v1/webhooks")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath();
      long hook = created.getLong("id");
      String secret = created.getString("secret");
      try {
        long src = source("Wire", TEXT + " " + unique("hook"));
        String title = unique("Announced");
        long event = createEvent(event(title, "2025-02-18", CitationBody.of(src, "Tuesday")));

        // Down: nothing listens, so attempts are refused and retried.
        JsonPath refused =
            Eventually.until(
                PATIENCE,
                () -> deliveries(hook),
                d -> d.getList("items[0].attempts").size() >= 2,
                "two refused attempts");
        assertEquals(1, refused.getInt("total"));
        assertEquals("PENDING", refused.getString("items[0].status"));
        assertEquals("event.created", refused.getString("items[0].type"));
        String id = refused.getString("items[0].messageId");
        assertTrue(id.startsWith("msg_"), id);
        assertNull(refused.get("items[0].attempts[0].statusCode"));
        assertNotNull(refused.get("items[0].attempts[0].error"));

        // Then it answers 503 once, then 200 after longer than the sender waits, then 204.
        receiver.start(Duration.ofSeconds(2), Answer.UNAVAILABLE, Answer.SLOW, Answer.UP);
        JsonPath delivered =
            Eventually.until(
                PATIENCE,
                () -> deliveries(hook),
                d -> "DELIVERED".equals(d.getString("items[0].status")),
                "delivered");
        List<Map<String, Object>> attempts = delivered.getList("items[0].attempts");
        List<Received> got = receiver.received(id);
        assertEquals(List.of(503, 200, 204), got.stream().map(Received::status).toList());
        assertEquals(got.size(), receiver.received().size(), "every request carried the one id");
        int refusals = attempts.size() - got.size();
        assertTrue(refusals >= 2, attempts::toString);
        for (int i = 0; i < attempts.size(); i++) {
          assertEquals(i + 1, attempts.get(i).get("number"));
        }
        Map<String, Object> unavailable = attempts.get(refusals);
        Map<String, Object> slow = attempts.get(refusals + 1);
        Map<String, Object> up = attempts.get(refusals + 2);
        assertEquals(503, unavailable.get("statusCode"));
        assertNull(slow.get("statusCode"), "the slow answer came after the read timeout");
        assertTrue(String.valueOf(slow.get("error")).contains("no answer"), slow::toString);
        assertEquals(204, up.get("statusCode"));
        assertEquals(
            1,
            attempts.stream()
                .filter(a -> a.get("statusCode") instanceof Integer s && s < 300)
                .count(),
            "one successful attempt");
        assertNotNull(delivered.get("items[0].deliveredAt"));
        assertNull(delivered.get("items[0].nextAttemptAt"));

        // Every request signed, each attempt with its own timestamp, the same body.
        String payload = delivered.getString("items[0].payload");
        for (Received r : got) {
          assertTrue(WebhookReceiver.verifies(secret, r), "signature of " + r);
          assertEquals(payload, r.body());
          assertTrue(r.contentType().startsWith("application/json"));
        }
        JsonPath body = new JsonPath(payload);
        assertEquals("event.created", body.getString("type"));
        assertNotNull(body.getString("timestamp"));
        assertEquals(event, body.getLong("data.id"));
        assertEquals(title, body.getString("data.title"));

        // A later event goes out at once; by then the first was not sent again.
        long later =
            createEvent(event(unique("Later"), "2025-02-19", CitationBody.of(src, "Riyadh")));
        JsonPath both =
            Eventually.until(
                PATIENCE,
                () -> deliveries(hook),
                d -> d.getInt("total") == 2 && "DELIVERED".equals(d.getString("items[0].status")),
                "the later event delivered");
        assertEquals(1, both.getList("items[0].attempts").size());
        assertEquals(later, new JsonPath(both.getString("items[0].payload")).getLong("data.id"));
        assertEquals(3, receiver.received(id).size(), "the first id was not sent again");
        assertEquals(
            1,
            receiver.received(both.getString("items[0].messageId")).size(),
            "the later one was sent once");
      } finally {
        WebhookResourceTest.delete(hook);
      }
    }
  }

  @Test
  void shouldPublishNothingForARefusedWrite() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      receiver.start(Duration.ZERO, Answer.UP);
      long hook = WebhookResourceTest.create(receiver.url());
      try {
        long src = source("Wire", TEXT + " " + unique("refused"));
        as(JOURNALIST)
            .body(event(unique("Refused"), "2025-02-18", CitationBody.of(src, "not in the text")))
            .post("/api/v1/events")
            .then()
            .statusCode(422);
        // A test delivery sent after the refusal is the first and only one to arrive.
        String ping =
            as(EDITOR)
                .post("/api/v1/webhooks/{id}/test", hook)
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getString("messageId");
        Eventually.until(
            PATIENCE, () -> receiver.received(ping), r -> !r.isEmpty(), "the test delivery");
        assertEquals(1, deliveries(hook).getInt("total"));
        assertEquals(List.of(ping), receiver.received().stream().map(Received::id).toList());
        JsonPath sent = new JsonPath(receiver.received().get(0).body());
        assertEquals("webhook.test", sent.getString("type"));
        assertEquals(hook, sent.getLong("data.webhookId"));
      } finally {
        WebhookResourceTest.delete(hook);
      }
    }
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
