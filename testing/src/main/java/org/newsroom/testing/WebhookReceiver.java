package org.newsroom.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook subscriber on a local port, for tests: down (nothing listens) until {@link #start},
 * then answering each request as its script says — 503, slow (a 200 after longer than the sender
 * waits), or up (204) — the last answer repeating. It keeps every request it received and checks
 * signatures with its own HMAC, independent of the service's code.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** How to answer one request. */
  public enum Answer {
    UNAVAILABLE,
    SLOW,
    UP
  }

  /** One request as received, and the status it was answered with. */
  public record Received(
      String id, String timestamp, String signature, String contentType, String body, int status) {}

  private final int port = freePort();
  private final List<Received> received = new ArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  private HttpServer server;
  private ExecutorService threads;

  /** Where it listens (or will): {@code http://127.0.0.1:<port>/hook}. */
  public String url() {
    return "http://127.0.0.1:" + port + "/hook";
  }

  /** Starts listening; the n-th request gets the n-th answer, later ones the last. */
  public synchronized void start(Duration slowFor, Answer... script) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
    threads = Executors.newCachedThreadPool();
    server.setExecutor(threads);
    server.createContext("/hook", exchange -> answer(exchange, slowFor, script));
    server.start();
  }

  private void answer(HttpExchange exchange, Duration slowFor, Answer[] script) throws IOException {
    int n = requests.getAndIncrement();
    Answer answer = script[Math.min(n, script.length - 1)];
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int status =
        switch (answer) {
          case UNAVAILABLE -> 503;
          case SLOW -> 200;
          case UP -> 204;
        };
    synchronized (this) {
      received.add(
          new Received(
              exchange.getRequestHeaders().getFirst("webhook-id"),
              exchange.getRequestHeaders().getFirst("webhook-timestamp"),
              exchange.getRequestHeaders().getFirst("webhook-signature"),
              exchange.getRequestHeaders().getFirst("Content-Type"),
              body,
              status));
    }
    try {
      if (answer == Answer.SLOW) {
        Thread.sleep(slowFor.toMillis());
      }
      exchange.sendResponseHeaders(status, -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the sender stopped waiting
    } finally {
      exchange.close();
    }
  }

  /** Every request received so far, in order. */
  public synchronized List<Received> received() {
    return List.copyOf(received);
  }

  /** The requests that carried this webhook-id. */
  public synchronized List<Received> received(String id) {
    return received.stream().filter(r -> id.equals(r.id())).toList();
  }

  /**
   * Whether the request's signature is HMAC-SHA256 of {@code id.timestamp.body} keyed by the
   * base64-decoded secret after {@code whsec_}, as Standard Webhooks specifies.
   */
  public static boolean verifies(String secret, Received r) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
      String expected =
          "v1,"
              + Base64.getEncoder()
                  .encodeToString(
                      mac.doFinal(
                          (r.id() + "." + r.timestamp() + "." + r.body())
                              .getBytes(StandardCharsets.UTF_8)));
      return r.signature() != null && List.of(r.signature().split(" ")).contains(expected);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      threads.shutdownNow();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
