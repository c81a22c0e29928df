package org.newsroom.foundation.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where writers announce a change: inside the transaction of the change, one message and one
 * delivery per subscriber to its type. So a change that commits is announced and one that is
 * refused or rolled back is not, and nothing is sent until the change is committed.
 */
@ApplicationScoped
public class Outbox {

  @Inject ObjectMapper json;

  /**
   * Announces {@code data} (the resource as its GET answers it) as {@code type} to every subscriber
   * of that type. Nothing is written when no one subscribes to it.
   *
   * @return the message's id ({@code webhook-id}), or null when no one subscribes
   */
  @Transactional(TxType.MANDATORY)
  public String publish(String type, Object data) {
    // FOR SHARE: a subscription deleted meanwhile waits for this change, then takes its
    // deliveries with it; one deleted before is not seen.
    @SuppressWarnings("unchecked")
    List<Number> subscribers =
        WebhookSubscription.getEntityManager()
            .createNativeQuery(
                "select id from webhook_subscription where cast(:type as text) = any(event_types)"
                    + " order by id for share")
            .setParameter("type", type)
            .getResultList();
    if (subscribers.isEmpty()) {
      return null;
    }
    OutboxMessage message = message(type, data);
    for (Number subscriber : subscribers) {
      deliver(message, subscriber.longValue());
    }
    return message.id;
  }

  /** Sends {@code data} as {@code type} to one subscriber only, whatever types it chose. */
  @Transactional(TxType.MANDATORY)
  public WebhookDelivery publishTo(WebhookSubscription subscriber, String type, Object data) {
    return deliver(message(type, data), subscriber.id);
  }

  private OutboxMessage message(String type, Object data) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("timestamp", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
    body.put("data", data);
    OutboxMessage message = new OutboxMessage();
    message.id = "msg_" + UUID.randomUUID();
    message.type = type;
    try {
      message.payload = json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    message.persist();
    return message;
  }

  private static WebhookDelivery deliver(OutboxMessage message, long subscriber) {
    WebhookDelivery delivery = new WebhookDelivery();
    delivery.messageId = message.id;
    delivery.subscriptionId = subscriber;
    delivery.status = DeliveryStatus.PENDING;
    delivery.nextAttemptAt = OffsetDateTime.now(ZoneOffset.UTC);
    delivery.persist();
    return delivery;
  }
}
