package org.newsroom.factcheck.timeline;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * A stand-in for timeline-service that answers the paths factcheck-service calls, but only after
 * {@link #DELAY_MS} — far past the client's read timeout. {@link #PATHS} is what it imitates;
 * {@code TimelineContractTest} checks those against timeline-service's real OpenAPI document.
 */
final class SlowTimeline {

  static final long DELAY_MS = 30_000;

  /** The operations it imitates: the client's own paths, so neither can drift alone. */
  static final List<String> PATHS =
      List.of(
          "/api/v1" + TimelineClient.QUOTE_CHECK,
          "/api/v1" + TimelineClient.EVENT,
          "/api/v1" + TimelineClient.SOURCES,
          "/api/v1" + TimelineClient.EVENTS);

  private static HttpServer server;

  /** How many requests reached it. */
  static final java.util.concurrent.atomic.AtomicInteger HITS =
      new java.util.concurrent.atomic.AtomicInteger();

  private SlowTimeline() {}

  /** Starts it once per JVM; answers its base URL. */
  static synchronized String url() {
    if (server == null) {
      try {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      server.setExecutor(Executors.newCachedThreadPool());
      server.createContext(
          "/api/v1",
          exchange -> {
            HITS.incrementAndGet();
            try {
              Thread.sleep(DELAY_MS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            byte[] body = "{\"items\":[],\"total\":0}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    }
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }
}
