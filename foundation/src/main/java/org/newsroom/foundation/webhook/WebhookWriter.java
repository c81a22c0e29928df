package org.newsroom.foundation.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsroom.foundation.audit.ChangeLog;
import org.newsroom.foundation.paging.Page;
import org.newsroom.foundation.paging.PageRequest;
import org.newsroom.foundation.precondition.Preconditions;
import org.newsroom.foundation.problem.ProblemException;

/**
 * Registers and removes subscriptions, and reads what was delivered to them. The request was
 * validated by the service's resource (its URL with {@link CallbackUrl}, its event types as the
 * service's own enum).
 */
@ApplicationScoped
public class WebhookWriter {

  static final String RESOURCE = "webhook";

  /** The event type of a test delivery, sent on request to one subscriber. */
  public static final String TEST_TYPE = "webhook.test";

  @Inject ChangeLog changes;
  @Inject Outbox outbox;
  @Inject WebhookConfig config;

  /** Registers a subscriber; the answer carries the new secret, the only time it is shown. */
  @Transactional
  public WebhookView create(
      String url, Collection<String> eventTypes, String description, String by) {
    if (!config.privateTargets()) {
      Optional<String> refused = PrivateTargets.refusal(url);
      if (refused.isPresent()) {
        throw ProblemException.invalidField(
            "url", "must reach a public address (" + refused.get() + ")");
      }
    }
    WebhookSubscription s = new WebhookSubscription();
    s.url = url;
    s.eventTypes = new ArrayList<>(eventTypes.stream().distinct().toList());
    s.description = description == null || description.isBlank() ? null : description.strip();
    s.secret = Signature.newSecret();
    s.createdBy = by;
    s.persistAndFlush();
    WebhookView view = WebhookView.of(s);
    changes.created(RESOURCE, s.id, by, view);
    return view.withSecret(s.secret);
  }

  /** Removes a subscriber and the deliveries still owed to it; messages stay. */
  @Transactional
  public void delete(long id, String ifMatch, String by) {
    WebhookSubscription s = lock(id);
    Preconditions.requireMatch(ifMatch, s.version);
    String before = changes.snapshot(WebhookView.of(s));
    s.delete();
    changes.deleted(RESOURCE, id, by, before);
  }

  /** Sends a {@value #TEST_TYPE} message to this subscriber alone. */
  @Transactional
  public DeliveryView test(long id, String by) {
    WebhookSubscription s = find(id);
    WebhookDelivery delivery =
        outbox.publishTo(s, TEST_TYPE, Map.of("webhookId", s.id, "requestedBy", by));
    WebhookDelivery.flush();
    return views(List.of(delivery)).get(0);
  }

  public static WebhookSubscription find(long id) {
    return ProblemException.orNotFound(WebhookSubscription.findById(id), "Webhook", id);
  }

  private static WebhookSubscription lock(long id) {
    return ProblemException.orNotFound(
        WebhookSubscription.findById(id, LockModeType.PESSIMISTIC_WRITE), "Webhook", id);
  }

  public Page<WebhookView> list(PageRequest page) {
    return Page.of(WebhookSubscription.<WebhookSubscription>find("order by id"), page)
        .map(WebhookView::of);
  }

  /** The deliveries to one subscriber, newest first, each with every attempt. */
  public Page<DeliveryView> deliveries(long id, PageRequest page) {
    find(id);
    Page<WebhookDelivery> deliveries =
        Page.of(
            WebhookDelivery.<WebhookDelivery>find("subscriptionId = ?1 order by id desc", id),
            page);
    return new Page<>(
        views(deliveries.items()), deliveries.offset(), deliveries.limit(), deliveries.total());
  }

  private static List<DeliveryView> views(List<WebhookDelivery> deliveries) {
    if (deliveries.isEmpty()) {
      return List.of();
    }
    List<Long> ids = deliveries.stream().map(d -> d.id).toList();
    Map<Long, List<WebhookAttempt>> attempts =
        WebhookAttempt.<WebhookAttempt>list("deliveryId in ?1 order by deliveryId, number", ids)
            .stream()
            .collect(Collectors.groupingBy(a -> a.deliveryId));
    Map<String, OutboxMessage> messages =
        OutboxMessage.<OutboxMessage>list(
                "id in ?1", deliveries.stream().map(d -> d.messageId).distinct().toList())
            .stream()
            .collect(Collectors.toMap(m -> m.id, m -> m));
    return deliveries.stream()
        .map(
            d -> {
              OutboxMessage m = messages.get(d.messageId);
              return new DeliveryView(
                  d.id,
                  d.messageId,
                  m.type,
                  d.status,
                  d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null,
                  d.deliveredAt,
                  d.createdAt,
                  m.payload,
                  attempts.getOrDefault(d.id, List.of()).stream()
                      .map(DeliveryView.AttemptView::of)
                      .toList());
            })
        .toList();
  }
}
