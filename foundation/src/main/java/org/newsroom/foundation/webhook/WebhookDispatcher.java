package org.newsroom.foundation.webhook;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends what the outbox holds. Each tick claims the deliveries that are due in a short transaction
 * ({@code SELECT … FOR UPDATE SKIP LOCKED}, so instances never claim the same one), counts the
 * attempt and leases the delivery for as long as the attempt can take; then POSTs them, outside any
 * transaction, signed per Standard Webhooks; then records each attempt in a short transaction of
 * its own: a 2xx marks the delivery DELIVERED, and it is never sent again; anything else schedules
 * the next attempt with exponential back-off and jitter, until the most attempts or the longest
 * time allowed, when it is FAILED.
 *
 * <p>Every attempt of a delivery carries the same {@code webhook-id}. A subscriber that answered
 * too late, or an instance that stopped between sending and recording, sees the same id again:
 * delivery is at least once with a stable id, as Standard Webhooks prescribes, and receivers
 * deduplicate by it.
 */
@ApplicationScoped
public class WebhookDispatcher {

  /** Time beyond the timeouts before an attempt in flight is deemed lost and tried again. */
  static final Duration LEASE_MARGIN = Duration.ofSeconds(30);

  @Inject WebhookConfig config;

  private HttpClient client;
  private volatile boolean warned;

  private record Job(
      long deliveryId, int attempt, String messageId, String url, String secret, String body) {}

  private record Outcome(Integer statusCode, String error, long durationMs, OffsetDateTime at) {
    boolean delivered() {
      return statusCode != null && statusCode / 100 == 2;
    }
  }

  @Scheduled(
      every = "${newsroom.webhooks.poll-every:1s}",
      delayed = "1s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    if (!config.dispatch()) {
      return;
    }
    try {
      List<Job> jobs = QuarkusTransaction.requiringNew().call(this::claim);
      if (!jobs.isEmpty()) {
        send(jobs);
      }
      warned = false;
    } catch (RuntimeException e) {
      if (!warned) {
        Log.warnf("Webhook deliveries wait: %s", e.getMessage());
        warned = true;
      }
    }
  }

  /** Claims the deliveries due now, counts their attempt and leases them. */
  private List<Job> claim() {
    @SuppressWarnings("unchecked")
    List<WebhookDelivery> due =
        WebhookDelivery.getEntityManager()
            .createNativeQuery(
                "select * from webhook_delivery where status = 'PENDING' and next_attempt_at <="
                    + " now() order by next_attempt_at, id limit :batch for update skip locked",
                WebhookDelivery.class)
            .setParameter("batch", config.batch())
            .getResultList();
    if (due.isEmpty()) {
      return List.of();
    }
    Map<Long, WebhookSubscription> subscribers =
        WebhookSubscription.<WebhookSubscription>list(
                "id in ?1", due.stream().map(d -> d.subscriptionId).distinct().toList())
            .stream()
            .collect(Collectors.toMap(s -> s.id, Function.identity()));
    Map<String, OutboxMessage> messages =
        OutboxMessage.<OutboxMessage>list(
                "id in ?1", due.stream().map(d -> d.messageId).distinct().toList())
            .stream()
            .collect(Collectors.toMap(m -> m.id, Function.identity()));
    OffsetDateTime leasedUntil =
        now().plus(config.connectTimeout()).plus(config.readTimeout()).plus(LEASE_MARGIN);
    List<Job> jobs = new ArrayList<>();
    for (WebhookDelivery d : due) {
      WebhookSubscription s = subscribers.get(d.subscriptionId);
      OutboxMessage m = messages.get(d.messageId);
      d.attempts++;
      d.nextAttemptAt = leasedUntil;
      jobs.add(new Job(d.id, d.attempts, m.id, s.url, s.secret, m.payload));
    }
    return jobs;
  }

  /** POSTs every job at once, waits for each answer or its timeout, then records each. */
  private void send(List<Job> jobs) {
    List<CompletableFuture<Outcome>> answers = new ArrayList<>();
    for (Job job : jobs) {
      answers.add(post(job));
    }
    long waitMs =
        config.connectTimeout().plus(config.readTimeout()).plus(Duration.ofSeconds(5)).toMillis();
    long deadline = System.currentTimeMillis() + waitMs;
    for (int i = 0; i < jobs.size(); i++) {
      Job job = jobs.get(i);
      Outcome outcome = await(answers.get(i), deadline);
      try {
        QuarkusTransaction.requiringNew().run(() -> record(job, outcome));
      } catch (RuntimeException e) {
        // The lease runs out and the delivery is tried again, with the same id.
        Log.warnf("Attempt %d of %s not recorded: %s", job.attempt(), job.messageId(), e);
      }
    }
  }

  private CompletableFuture<Outcome> post(Job job) {
    long timestamp = Instant.now().getEpochSecond();
    OffsetDateTime at = now();
    long started = System.nanoTime();
    if (!config.privateTargets()) {
      // Checked at every attempt: a name may resolve elsewhere than when it was registered.
      Optional<String> refused = PrivateTargets.refusal(job.url());
      if (refused.isPresent()) {
        return CompletableFuture.completedFuture(
            new Outcome(null, "not sent: " + refused.get(), 0, at));
      }
    }
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(job.url()))
              .timeout(config.readTimeout())
              .header("Content-Type", "application/json")
              .header("User-Agent", "newsroom-webhooks/1")
              .header("webhook-id", job.messageId())
              .header("webhook-timestamp", Long.toString(timestamp))
              .header(
                  "webhook-signature",
                  Signature.sign(job.secret(), job.messageId(), timestamp, job.body()))
              .POST(HttpRequest.BodyPublishers.ofString(job.body()))
              .build();
    } catch (IllegalArgumentException e) {
      return CompletableFuture.completedFuture(
          new Outcome(null, "the URL cannot be requested", 0, at));
    }
    return client()
        .sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle(
            (response, failure) -> {
              long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
              return failure == null
                  ? new Outcome(response.statusCode(), null, ms, at)
                  : new Outcome(null, describe(failure), ms, at);
            });
  }

  private Outcome await(CompletableFuture<Outcome> answer, long deadline) {
    try {
      return answer.get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      return new Outcome(null, "no complete answer in time", 0, now());
    } catch (ExecutionException e) {
      return new Outcome(null, describe(e.getCause()), 0, now());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(null, "interrupted while waiting", 0, now());
    }
  }

  /** Records one attempt and settles the delivery: delivered, due again, or given up. */
  void record(Job job, Outcome outcome) {
    WebhookDelivery d = WebhookDelivery.findById(job.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
    if (d == null) {
      return; // its subscription was deleted meanwhile
    }
    WebhookAttempt attempt = new WebhookAttempt();
    attempt.deliveryId = d.id;
    attempt.number = job.attempt();
    attempt.at = outcome.at();
    attempt.statusCode = outcome.statusCode();
    attempt.error = outcome.error();
    attempt.durationMs = outcome.durationMs();
    attempt.persist();
    if (d.status != DeliveryStatus.PENDING) {
      return;
    }
    d.lastStatusCode = outcome.statusCode();
    d.lastError = outcome.error();
    if (outcome.delivered()) {
      d.status = DeliveryStatus.DELIVERED;
      d.deliveredAt = now();
      return;
    }
    if (d.attempts != job.attempt()) {
      return; // a later claim owns the schedule now
    }
    Duration wait = backoff(d.attempts);
    OffsetDateTime next = now().plus(wait);
    if (d.attempts >= config.maxAttempts()
        || next.isAfter(d.createdAt.plus(config.giveUpAfter()))) {
      d.status = DeliveryStatus.FAILED;
      Log.warnf(
          "Webhook %s to subscription %d given up after %d attempts",
          d.messageId, d.subscriptionId, d.attempts);
    } else {
      d.nextAttemptAt = next;
    }
  }

  /** Initial × 2^(attempts − 1), capped, less up to a fifth at random so retries spread out. */
  Duration backoff(int attempts) {
    long initial = config.backoffInitial().toMillis();
    long max = config.backoffMax().toMillis();
    long wait = initial << Math.min(attempts - 1, 30);
    if (wait <= 0 || wait > max) {
      wait = max;
    }
    long jitter = (long) (wait * 0.2 * ThreadLocalRandom.current().nextDouble());
    return Duration.ofMillis(Math.max(1, wait - jitter));
  }

  private String describe(Throwable failure) {
    Throwable t = failure;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof java.net.http.HttpConnectTimeoutException) {
      return "no connection within " + config.connectTimeout().toMillis() + " ms";
    }
    if (t instanceof HttpTimeoutException) {
      return "no answer within " + config.readTimeout().toMillis() + " ms";
    }
    if (t instanceof ConnectException) {
      return "connection refused or unreachable";
    }
    if (t instanceof java.util.concurrent.CancellationException) {
      return "no complete answer in time";
    }
    return "transport failure" + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  private synchronized HttpClient client() {
    if (client == null) {
      client =
          HttpClient.newBuilder()
              .connectTimeout(config.connectTimeout())
              .followRedirects(HttpClient.Redirect.NEVER)
              .version(HttpClient.Version.HTTP_1_1)
              .build();
    }
    return client;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
