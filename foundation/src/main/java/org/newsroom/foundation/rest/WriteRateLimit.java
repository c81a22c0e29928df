package org.newsroom.foundation.rest;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.newsroom.foundation.problem.ProblemException;

/**
 * Writes are limited per bearer token: a bucket of {@code newsroom.rate-limit.writes-per-minute}
 * writes that refills evenly over the minute (0 turns the limit off). A write over the limit is a
 * 429 problem with {@code Retry-After}; reads are never limited.
 */
@ApplicationScoped
public class WriteRateLimit {

  private static final int MAX_TOKENS_TRACKED = 100_000;

  @ConfigProperty(name = "newsroom.rate-limit.writes-per-minute", defaultValue = "600")
  int perMinute;

  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  @ServerRequestFilter(preMatching = true)
  public void limitWrites(HttpServerRequest request) {
    String token = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (perMinute <= 0 || token == null || !isWrite(request.method())) {
      return;
    }
    if (buckets.size() > MAX_TOKENS_TRACKED) {
      buckets.clear(); // a flood of distinct tokens must not grow the heap; limits restart
    }
    long wait = buckets.computeIfAbsent(token, t -> new Bucket(perMinute)).take(System.nanoTime());
    if (wait > 0) {
      throw new ProblemException.RateLimited(
          "More than " + perMinute + " writes a minute with this token; retry later", wait);
    }
  }

  private static boolean isWrite(HttpMethod method) {
    return method == HttpMethod.POST
        || method == HttpMethod.PUT
        || method == HttpMethod.PATCH
        || method == HttpMethod.DELETE;
  }

  /** A token bucket; {@link #take} answers 0 when a write may go, else the seconds to wait. */
  static final class Bucket {
    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    Bucket(int perMinute) {
      this.capacity = perMinute;
      this.perNano = perMinute / 60e9;
      this.tokens = perMinute;
      this.last = System.nanoTime();
    }

    synchronized long take(long now) {
      tokens = Math.min(capacity, tokens + (now - last) * perNano);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) / perNano / 1e9);
    }
  }
}
