package org.newsroom.clients;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Both services from their built jars ({@code <service>/target/quarkus-app}, packaged earlier in
 * the same reactor build), each on a free port with the {@code local} profile and its own embedded
 * PostgreSQL, pointed at each other, seeds and feed-following off. Logs in {@code target/}.
 */
final class RunningServices implements AutoCloseable {

  private final List<Process> processes = new ArrayList<>();
  final String timelineUrl;
  final String factcheckUrl;

  private RunningServices(int timelinePort, int factcheckPort) {
    timelineUrl = "http://localhost:" + timelinePort;
    factcheckUrl = "http://localhost:" + factcheckPort;
  }

  static RunningServices start() {
    RunningServices services = new RunningServices(freePort(), freePort());
    try {
      Process timeline =
          services.launch(
              "timeline-service",
              services.timelineUrl,
              "-Dtimeline.seeds.enabled=false",
              "-Dtimeline.factcheck.url=" + services.factcheckUrl);
      Process factcheck =
          services.launch(
              "factcheck-service",
              services.factcheckUrl,
              "-Dfactcheck.seeds.enabled=false",
              "-Dfactcheck.detection.follow=false",
              "-Dfactcheck.timeline.url=" + services.timelineUrl);
      awaitReady(timeline, "timeline-service", services.timelineUrl);
      awaitReady(factcheck, "factcheck-service", services.factcheckUrl);
      return services;
    } catch (RuntimeException e) {
      services.close();
      throw e;
    }
  }

  private Process launch(String service, String url, String... properties) {
    Path jar = Path.of("..", service, "target", "quarkus-app", "quarkus-run.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar.toAbsolutePath().normalize()
              + " is missing: build with -am (./mvnw verify -pl clients -am), which packages the"
              + " services first");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-Dquarkus.profile=local");
    command.add("-Dquarkus.http.port=" + URI.create(url).getPort());
    command.addAll(List.of(properties));
    command.add("-jar");
    command.add(jar.toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    // Its own embedded database, whatever this JVM's environment points at.
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("NEWSROOM_"));
    Path log = log(service);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    try {
      Files.createDirectories(log.getParent());
      Process process = builder.start();
      processes.add(process);
      return process;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start " + service, e);
    }
  }

  private static Path log(String service) {
    return Path.of("target", service + ".log");
  }

  private static void awaitReady(Process process, String service, String base) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            service
                + " exited with "
                + process.exitValue()
                + "; see "
                + log(service).toAbsolutePath());
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
    throw new IllegalStateException(
        service + " was not ready within 120 s; see " + log(service).toAbsolutePath());
  }

  @Override
  public void close() {
    processes.forEach(Process::destroy);
    for (Process process : processes) {
      try {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
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
