package io.rapport.crm.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Every value of every table of the test schema, as text: found through JDBC metadata, so a table
 * or column added by a later migration is scanned without changing this class. Binary columns (sort
 * and name keys) are decoded as UTF-8.
 */
final class StoredTables {
  private StoredTables() {}

  /** The names of the schema's {@code rapport_} tables, lower-cased. */
  static List<String> tableNames(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return tables(connection).stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list the tables", e);
    }
  }

  /** Every non-null value of every table, as text. */
  static List<String> everyValue(DataSource dataSource) {
    List<String> values = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : tables(connection)) {
        String quote = connection.getMetaData().getIdentifierQuoteString();
        try (ResultSet rows = statement.executeQuery("SELECT * FROM " + quote + table + quote)) {
          ResultSetMetaData columns = rows.getMetaData();
          while (rows.next()) {
            for (int column = 1; column <= columns.getColumnCount(); column++) {
              String value =
                  binary(columns.getColumnType(column))
                      ? decoded(rows.getBytes(column))
                      : rows.getString(column);
              if (value != null) {
                values.add(value);
              }
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the tables", e);
    }
    return values;
  }

  private static List<String> tables(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    List<String> tables = new ArrayList<>();
    try (ResultSet found =
        meta.getTables(
            connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (found.next()) {
        String name = found.getString("TABLE_NAME");
        if (name.toLowerCase(Locale.ROOT).startsWith("rapport_")) {
          tables.add(name);
        }
      }
    }
    return tables;
  }

  private static boolean binary(int type) {
    return type == Types.BINARY
        || type == Types.VARBINARY
        || type == Types.LONGVARBINARY
        || type == Types.BLOB;
  }

  private static String decoded(byte[] bytes) {
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }
}
