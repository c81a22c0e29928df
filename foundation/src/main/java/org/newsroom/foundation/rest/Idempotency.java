package org.newsroom.foundation.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.newsroom.foundation.problem.CommonProblem;
import org.newsroom.foundation.problem.ProblemException;

/**
 * A POST that carries {@code Idempotency-Key} runs once per sender and key: a retry gets the first
 * answer again (with {@code Idempotent-Replayed: true}) instead of creating a duplicate; a retry
 * while the first is still running is a 409. A request that was refused leaves its key free, so the
 * client can correct it and send it again with the same key.
 */
@ApplicationScoped
public class Idempotency {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED = "Idempotent-Replayed";
  private static final String TAKEN = Idempotency.class.getName() + ".taken";

  /** How long a key and its answer are remembered. */
  static final Duration KEPT_FOR = Duration.ofHours(24);

  /**
   * How long a key may stay "running": twice the transaction timeout (60 s), after which no request
   * can still be at work. A key left running by a crash is free again after it.
   */
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

  private final AtomicLong takes = new AtomicLong();

  @Inject SecurityIdentity identity;
  @Inject ObjectMapper json;

  @ServerRequestFilter
  public Optional<Response> replayOrTake(ContainerRequestContext request) {
    String key = request.getHeaderString(HEADER);
    if (key == null || !"POST".equals(request.getMethod()) || identity.isAnonymous()) {
      return Optional.empty();
    }
    if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
      throw ProblemException.invalidParameter(HEADER, "must be 1 to 255 visible ASCII characters");
    }
    String id = id(identity.getPrincipal().getName(), request.getUriInfo().getPath(), key);
    IdempotentRequest seen =
        QuarkusTransaction.requiringNew().call(() -> IdempotentRequest.findById(id));
    if (seen != null && forgotten(seen)) {
      QuarkusTransaction.requiringNew().run(() -> IdempotentRequest.deleteById(id));
      seen = null;
    }
    if (seen != null) {
      if (seen.status == 0) {
        throw inProgress();
      }
      Response.ResponseBuilder replay =
          Response.status(seen.status)
              .entity(seen.body)
              .type(MediaType.APPLICATION_JSON)
              .header(REPLAYED, "true");
      if (seen.location != null) {
        replay.header(HttpHeaders.LOCATION, seen.location);
      }
      if (seen.etag != null) {
        replay.header(HttpHeaders.ETAG, seen.etag);
      }
      return Optional.of(replay.build());
    }
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                if (takes.incrementAndGet() % 1000 == 1) {
                  IdempotentRequest.delete("createdAt < ?1", OffsetDateTime.now().minus(KEPT_FOR));
                }
                IdempotentRequest taken = new IdempotentRequest();
                taken.id = id;
                taken.persist();
              });
    } catch (PersistenceException e) {
      throw inProgress(); // a concurrent retry took the key first
    }
    request.setProperty(TAKEN, id);
    return Optional.empty();
  }

  @ServerResponseFilter
  public void remember(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(TAKEN) instanceof String id)) {
      return;
    }
    int status = response.getStatus();
    String body = status / 100 == 2 ? write(response.getEntity()) : null;
    String location = response.getHeaderString(HttpHeaders.LOCATION);
    String etag = response.getHeaderString(HttpHeaders.ETAG);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              IdempotentRequest row = IdempotentRequest.findById(id);
              if (row == null) {
                return;
              }
              if (body == null) {
                row.delete(); // refused: the key is free for the corrected request
              } else {
                row.status = status;
                row.body = body;
                row.location = location;
                row.etag = etag;
              }
            });
  }

  private String write(Object entity) {
    try {
      return entity == null ? null : json.writeValueAsString(entity);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An answer could not be kept for replay", e);
    }
  }

  /** An answer older than a day, or a key whose request cannot still be running. */
  private static boolean forgotten(IdempotentRequest seen) {
    OffsetDateTime now = OffsetDateTime.now();
    return seen.createdAt.isBefore(now.minus(KEPT_FOR))
        || (seen.status == 0 && seen.createdAt.isBefore(now.minus(ABANDONED_AFTER)));
  }

  private static ProblemException inProgress() {
    return new ProblemException(
        CommonProblem.CONFLICT,
        "A request with this Idempotency-Key is still running; retry it in a moment");
  }

  private static String id(String sender, String path, String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((sender + "\n" + path + "\n" + key).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
