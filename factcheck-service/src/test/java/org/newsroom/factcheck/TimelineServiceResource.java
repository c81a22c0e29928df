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
  private static String url;
  private static int port;

  @Override
  public Map<String, String> start() {
    return Map.of("factcheck.timeline.url", url());
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
      url = launch();
    }
    return url;
  }

  private static String launch() {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(
          JAR.toAbsolutePath().normalize()
              + " is missing: run ./mvnw verify from the top (it packages timeline-service first),"
              + " or ./mvnw -pl timeline-service -am package");
    }
    port = freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                java,
                "-Xmx256m",
                "-Dquarkus.profile=local",
                "-Dquarkus.http.port=" + port,
                "-jar",
                JAR.toString()));
    // Its own embedded database, whatever this JVM's tests are pointed at.
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("NEWSROOM_"));
    builder.redirectErrorStream(true).redirectOutput(LOG.toFile());
    Process process;
    try {
      Files.createDirectories(LOG.getParent());
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start timeline-service", e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
    String base = "http://localhost:" + port;
    awaitReady(process, base);
    return base;
  }

  private static void awaitReady(Process process, String base) {
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
                + LOG.toAbsolutePath());
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
        "timeline-service was not ready within 120 s; see " + LOG.toAbsolutePath());
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
