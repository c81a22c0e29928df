package org.newsroom.foundation.database;

import io.quarkus.logging.Log;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL for machines that have none: the embedded binaries from Maven Central, started
 * in-process before Quarkus reads its datasource configuration.
 *
 * <p>Nothing starts when a JDBC URL is configured ({@code QUARKUS_DATASOURCE_JDBC_URL} or {@code
 * -Dquarkus.datasource.jdbc.url}). With {@code NEWSROOM_DB_DIR} set, the data survives restarts in
 * that directory; without it, the database lives in a temporary directory removed on exit. Only the
 * dev, test and local profiles may start one: production with no database configured refuses to
 * start rather than quietly keep its data in a throwaway directory.
 */
public final class LocalPostgres {

  public static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
  public static final String URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
  public static final String DATA_DIR_ENV = "NEWSROOM_DB_DIR";

  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  /** The profiles that may run on an embedded database. */
  static final List<String> DEMO_PROFILES = List.of("dev", "test", "local");

  /** No database is configured where one must be. */
  public static final class NotConfigured extends IllegalStateException {
    NotConfigured(String message) {
      super(message);
    }
  }

  private LocalPostgres() {}

  /**
   * A running embedded server and how to reach it. It stops when the JVM exits, or on {@link
   * #close()}.
   */
  public record Connection(
      String jdbcUrl, String username, String password, EmbeddedPostgres server)
      implements AutoCloseable {
    @Override
    public void close() throws IOException {
      server.close();
    }
  }

  /**
   * Starts an embedded server for {@code database} unless one is configured, and points Quarkus at
   * it through system properties. Call it first thing in {@code main}.
   */
  public static void provideUnlessConfigured(String database) {
    if (isConfigured()) {
      Log.infof("Using the configured PostgreSQL at %s", configuredUrl().orElse("?"));
      return;
    }
    requireDemoProfile(
        database,
        Optional.ofNullable(System.getProperty("quarkus.profile"))
            .or(() -> Optional.ofNullable(System.getenv("QUARKUS_PROFILE")))
            .orElse(io.quarkus.runtime.LaunchMode.current().getDefaultProfile()));
    Path dataDir =
        Optional.ofNullable(System.getenv(DATA_DIR_ENV))
            .filter(dir -> !dir.isBlank())
            .map(dir -> Path.of(dir).toAbsolutePath())
            .orElse(null);
    Connection connection = start(database, dataDir);
    System.setProperty(URL_PROPERTY, connection.jdbcUrl());
    System.setProperty("quarkus.datasource.username", connection.username());
    System.setProperty("quarkus.datasource.password", connection.password());
  }

  /**
   * Refuses an embedded database outside the dev, test and local profiles.
   *
   * @throws NotConfigured naming what to set
   */
  static void requireDemoProfile(String database, String profiles) {
    for (String profile : profiles.split(",")) {
      if (DEMO_PROFILES.contains(profile.strip())) {
        return;
      }
    }
    throw new NotConfigured(
        "No database configured for "
            + database
            + " in profile '"
            + profiles
            + "'. Set QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and"
            + " QUARKUS_DATASOURCE_PASSWORD to your PostgreSQL. An embedded, throwaway database"
            + " starts only in the dev, test and local profiles (QUARKUS_PROFILE=local, as"
            + " ./run.sh does).");
  }

  /** Whether a JDBC URL was given through the environment or a system property. */
  public static boolean isConfigured() {
    return configuredUrl().isPresent();
  }

  private static Optional<String> configuredUrl() {
    return Optional.ofNullable(System.getProperty(URL_PROPERTY))
        .or(() -> Optional.ofNullable(System.getenv(URL_ENV)))
        .filter(url -> !url.isBlank());
  }

  /**
   * Starts an embedded server and creates {@code database} in it if missing. The server stops when
   * the JVM exits.
   *
   * @param dataDir where the cluster lives across restarts, or {@code null} for a throwaway one
   */
  public static Connection start(String database, Path dataDir) {
    Instant began = Instant.now();
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setPGStartupWait(STARTUP_WAIT)
              .setServerConfig("max_connections", "60")
              .setServerConfig("fsync", dataDir == null ? "off" : "on");
      if (dataDir != null) {
        Files.createDirectories(dataDir);
        stopOrphanedServer(dataDir);
        builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
      }
      EmbeddedPostgres postgres = builder.start();
      createDatabaseIfMissing(postgres, database);
      String url = postgres.getJdbcUrl("postgres", database);
      Log.infof(
          "Embedded PostgreSQL for '%s' on port %d (%s) ready in %d ms",
          database,
          postgres.getPort(),
          dataDir == null ? "throwaway data" : "data in " + dataDir,
          Duration.between(began, Instant.now()).toMillis());
      return new Connection(stripUser(url), "postgres", "", postgres);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL"
              + (dataDir == null ? "" : " in " + dataDir)
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** The URL zonky builds carries {@code ?user=postgres}; Quarkus gets the user separately. */
  private static String stripUser(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) {
    try (java.sql.Connection connection = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists =
            connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, database);
      try (ResultSet rows = exists.executeQuery()) {
        if (!rows.next()) {
          connection.createStatement().execute("create database \"" + database + "\"");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + database, e);
    }
  }

  /**
   * A server left running by a JVM that was killed holds the data directory; stop it so this start
   * can take over. Our own lock (in {@link EmbeddedPostgres}) refuses a directory a live JVM uses.
   */
  private static void stopOrphanedServer(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty()) {
      return;
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return;
    }
    Optional<ProcessHandle> orphan =
        ProcessHandle.of(pid)
            .filter(ProcessHandle::isAlive)
            .filter(
                p -> p.info().command().map(command -> command.contains("postgres")).orElse(false));
    if (orphan.isEmpty()) {
      return;
    }
    Log.warnf("Stopping PostgreSQL %d left running on %s by an earlier run", pid, dataDir);
    orphan.get().destroy();
    try {
      orphan.get().onExit().get(STARTUP_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IOException(
          "PostgreSQL " + pid + " still holds " + dataDir + "; stop it and start again", e);
    }
  }
}
