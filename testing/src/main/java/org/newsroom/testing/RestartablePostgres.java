package org.newsroom.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * A PostgreSQL of a test's own that the test can stop and start again — same port, same data — to
 * see what a service does while its database is down and whether it comes back by itself. Use with
 * {@code disableGlobalTestResources()}.
 */
public class RestartablePostgres implements QuarkusTestResourceLifecycleManager {

  private static Path dataDir;
  private static int port;
  private static EmbeddedPostgres server;

  @Override
  public Map<String, String> start() {
    try {
      dataDir = Files.createTempDirectory("restartable-pg");
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      startServer();
      try (Connection connection = server.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("create database outage");
      }
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the restartable PostgreSQL", e);
    }
    return Map.of(
        "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/outage",
        "quarkus.datasource.username", "postgres",
        "quarkus.datasource.password", "");
  }

  /** Stops the server; connections break, new ones are refused. */
  public static synchronized void stopServer() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts it again on the same port with the same data. */
  public static synchronized void startServer() {
    try {
      server =
          EmbeddedPostgres.builder()
              .setPort(port)
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setPGStartupWait(Duration.ofSeconds(60))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    stopServer();
  }
}
