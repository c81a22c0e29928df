package org.newsroom.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newsroom.foundation.database.LocalPostgres;

/**
 * A real PostgreSQL for {@code @QuarkusTest}s: the configured one when {@code
 * QUARKUS_DATASOURCE_JDBC_URL} is set, otherwise one embedded server per test JVM, shared by every
 * test profile. Tests own their data (unique names), so sharing the server is safe.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

  private static LocalPostgres.Connection embedded;

  @Override
  public Map<String, String> start() {
    if (LocalPostgres.isConfigured()) {
      return Map.of();
    }
    LocalPostgres.Connection connection = embeddedServer();
    return Map.of(
        "quarkus.datasource.jdbc.url", connection.jdbcUrl(),
        "quarkus.datasource.username", connection.username(),
        "quarkus.datasource.password", connection.password());
  }

  private static synchronized LocalPostgres.Connection embeddedServer() {
    if (embedded == null) {
      embedded = LocalPostgres.start("newsroom_test", null);
    }
    return embedded;
  }

  @Override
  public void stop() {
    // The embedded server stops with the JVM, so later test profiles can reuse it.
  }

  /**
   * A database of its own, empty, for a test profile that must see no other test's data (an
   * end-to-end run that starts from nothing): a new database on the same server, configured or
   * embedded. Use it with {@code disableGlobalTestResources()}.
   */
  public static class Fresh implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
      String database = "fresh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      if (LocalPostgres.isConfigured()) {
        String url =
            Optional.ofNullable(System.getProperty(LocalPostgres.URL_PROPERTY))
                .orElse(System.getenv(LocalPostgres.URL_ENV));
        String user = setting("quarkus.datasource.username", "QUARKUS_DATASOURCE_USERNAME");
        String password = setting("quarkus.datasource.password", "QUARKUS_DATASOURCE_PASSWORD");
        create(url, user, password, database);
        String fresh = url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        return Map.of("quarkus.datasource.jdbc.url", fresh);
      }
      LocalPostgres.Connection server = embeddedServer();
      create(server.jdbcUrl(), server.username(), server.password(), database);
      return Map.of(
          "quarkus.datasource.jdbc.url",
          server.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"),
          "quarkus.datasource.username",
          server.username(),
          "quarkus.datasource.password",
          server.password());
    }

    private static String setting(String property, String env) {
      return Optional.ofNullable(System.getProperty(property)).orElse(System.getenv(env));
    }

    private static void create(String url, String user, String password, String database) {
      try (Connection connection = DriverManager.getConnection(url, user, password);
          Statement statement = connection.createStatement()) {
        statement.execute("create database \"" + database + "\"");
      } catch (SQLException e) {
        throw new IllegalStateException("Could not create test database " + database, e);
      }
    }

    @Override
    public void stop() {
      // Dropped with the server; a configured server keeps it for inspection.
    }
  }
}
