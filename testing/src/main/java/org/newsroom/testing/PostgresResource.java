package org.newsroom.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
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
}
