package org.newsroom.factcheck;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real timeline-service for factcheck-service's tests: its built jar ({@code
 * timeline-service/target/quarkus-app}, packaged earlier in the same reactor build), started once
 * per test JVM on a free port with the {@code local} profile, so it has its own embedded
 * PostgreSQL, trusts the development tokens and loads its seed set. Its log is in {@code
 * target/timeline-service.log}.
 */
public class TimelineServiceResource implements QuarkusTestResourceLifecycleManager {

  private static final Path JAR = Path.of("../timeline-service/target/quarkus-app/quarkus-run.jar");
  private static final Path LOG = Path.of("target/timeline-service.log");
  private static final Path EMPTY_LOG = Path.of("target/timeline-service-empty.log");
  private static String url;
  private static int port;
  private static String emptyUrl;

  /**
   * The port factcheck-service's tests listen on, fixed before timeline-service starts, so that
   * timeline-service can ask this factcheck-service whether it quotes a source it is to delete.
   */
  private static final int FACTCHECK_PORT = freePort();

  /**
   * A second timeline-service with the curated seeds off and a database of its own: for tests that
   * need the analysis alone to build what they compare, with nothing curated beside it.
   */
  public static class Empty implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
      return Map.of(
          "factcheck.timeline.url",
          emptyUrl(),
          "quarkus.http.test-port",
          String.valueOf(FACTCHECK_PORT));
    }

    @Override
    public void stop() {
      // Stops with the JVM, like the seeded one.
    }
  }

  /** Base URL of the seedless timeline-service, starting it on first use. */
  public static synchronized String emptyUrl() {
    if (emptyUrl == null) {
      emptyUrl = "http://localhost:" + launch(false, EMPTY_LOG);
    }
    return emptyUrl;
  }

  @Override
  public Map<String, String> start() {
    return Map.of(
        "factcheck.timeline.url", url(), "quarkus.http.test-port", String.valueOf(FACTCHECK_PORT));
  }

  @Override
  public void stop() {
    // Stops with the JVM (shutdown hook), so later test profiles reuse it.
  }

  /** Port of the running timeline-service, starting it on first use. */
  public static synchronized int port() {
    url();
    return port;
  }

  /** Base URL of the running timeline-service, starting it on first use. */
  public static synchronized String url() {
    if (url == null) {
      port = launch(true, LOG);
      url = "http://localhost:" + port;
    }
    return url;
  }

  /** Starts a timeline-service jar on a free port; answers the port once it is ready. */
  private static int launch(boolean seeds, Path log) {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(
          JAR.toAbsolutePath().normalize()
              + " is missing: run ./mvnw verify from the top (it packages timeline-service first),"
              + " or ./mvnw -pl timeline-service -am package");
    }
    int port = freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                java,
                "-Xmx256m",
                "-Dquarkus.profile=local",
                "-Dquarkus.http.port=" + port,
                "-Dtimeline.seeds.enabled=" + seeds,
                "-Dtimeline.factcheck.url=http://localhost:" + FACTCHECK_PORT,
                "-jar",
                JAR.toString()));
    // Its own embedded database, whatever this JVM's tests are pointed at.
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("NEWSROOM_"));
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process;
    try {
      Files.createDirectories(log.getParent());
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start timeline-service", e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
    awaitReady(process, "http://localhost:" + port, log);
    return port;
  }

  private static void awaitReady(Process process, String base, Path log) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "timeline-service exited with "
                + process.exitValue()
                + "; see "
                + log.toAbsolutePath());
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    stop(process);
    throw new IllegalStateException(
        "timeline-service was not ready within 120 s; see " + log.toAbsolutePath());
  }

  private static void stop(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
