package org.newsroom.foundation.database;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

  private static Connection connect(LocalPostgres.Connection server) throws SQLException {
    return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
  }

  @Test
  void shouldStartNothingWhenAJdbcUrlIsConfigured() {
    String url = "jdbc:postgresql://db.example.invalid:5432/timeline";
    System.setProperty(LocalPostgres.URL_PROPERTY, url);
    try {
      assertTrue(LocalPostgres.isConfigured());
      LocalPostgres.provideUnlessConfigured("timeline");
      assertEquals(url, System.getProperty(LocalPostgres.URL_PROPERTY));
      assertNull(System.getProperty("quarkus.datasource.username"));
    } finally {
      System.clearProperty(LocalPostgres.URL_PROPERTY);
    }
  }

  @Test
  void shouldRefuseAnEmbeddedDatabaseInProduction() {
    LocalPostgres.NotConfigured refused =
        assertThrows(
            LocalPostgres.NotConfigured.class,
            () -> LocalPostgres.requireDemoProfile("timeline", "prod"));
    assertTrue(refused.getMessage().contains("QUARKUS_DATASOURCE_JDBC_URL"), refused::getMessage);
    assertThrows(
        LocalPostgres.NotConfigured.class,
        () -> LocalPostgres.requireDemoProfile("timeline", "staging"));
  }

  @Test
  void shouldAllowAnEmbeddedDatabaseInTheDemoProfiles() {
    for (String profile : List.of("dev", "test", "local", "prod,local")) {
      assertDoesNotThrow(() -> LocalPostgres.requireDemoProfile("timeline", profile), profile);
    }
  }

  @Test
  void shouldCreateTheDatabaseAndKeepItsDataAcrossRestarts(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("pg");
    try (LocalPostgres.Connection first = LocalPostgres.start("kept_db", data);
        Connection connection = connect(first);
        Statement sql = connection.createStatement()) {
      try (ResultSet rows = sql.executeQuery("select current_database(), version()")) {
        rows.next();
        assertEquals("kept_db", rows.getString(1));
        assertTrue(rows.getString(2).startsWith("PostgreSQL 17"), rows.getString(2));
      }
      sql.execute("create table note (text text)");
      sql.execute("insert into note values ('still here')");
    }

    try (LocalPostgres.Connection second = LocalPostgres.start("kept_db", data);
        Connection connection = connect(second);
        ResultSet rows = connection.createStatement().executeQuery("select text from note")) {
      rows.next();
      assertEquals("still here", rows.getString(1));
    }
  }
}
