package org.newsroom.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What a database holds, cheaply: per table its row count and the newest row version ({@code
 * xmin}), so any insert, update or delete between two readings shows.
 */
public final class DatabaseFingerprint {

  private DatabaseFingerprint() {}

  /** Every table of the public schema but {@code ignored}, by name. */
  public static Map<String, String> of(DataSource dataSource, String... ignored)
      throws SQLException {
    Map<String, String> print = new TreeMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "select tablename from pg_tables where schemaname = 'public' order by 1")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      tables.removeAll(List.of(ignored));
      for (String table : tables) {
        try (ResultSet rows =
            statement.executeQuery(
                "select count(*), coalesce(max(xmin::text::bigint), 0) from \"" + table + "\"")) {
          rows.next();
          print.put(table, rows.getLong(1) + " rows, newest " + rows.getLong(2));
        }
      }
    }
    return print;
  }
}
