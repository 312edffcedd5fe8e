package io.rapport.crm.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One PostgreSQL schema / MariaDB database per test JVM, named {@code rapport_t_<UTC
 * yyyyMMddHHmmss>_<random>}: created on first use, dropped at JVM exit (shutdown hook). Before
 * creating one, leftovers of crashed runs whose name is older than {@link #LEFTOVER_AGE} are
 * dropped.
 */
final class RunSchemas {
  /** Runs older than this are surely over: their schemas are dropped. */
  static final Duration LEFTOVER_AGE = Duration.ofHours(6);

  private static final String PREFIX = "rapport_t_";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final Instant STARTED = Instant.now();
  private static final String NAME =
      PREFIX
          + STAMP.format(STARTED)
          + "_"
          + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private static final Map<Dialect, String> CREATED = new EnumMap<>(Dialect.class);

  private RunSchemas() {}

  /**
   * The name of this JVM's schema (PostgreSQL) or database (MariaDB) on the server of {@code url},
   * created on first call.
   */
  static synchronized String of(Dialect dialect, String url) {
    if (!CREATED.containsKey(dialect)) {
      try (Connection connection = DriverManager.getConnection(url);
          Statement statement = connection.createStatement()) {
        for (String leftover : leftovers(dialect, statement)) {
          statement.execute(drop(dialect, leftover));
        }
        statement.execute(
            (dialect == Dialect.POSTGRESQL ? "CREATE SCHEMA " : "CREATE DATABASE ") + NAME);
      } catch (SQLException e) {
        throw new IllegalStateException("Could not create the test schema on " + dialect, e);
      }
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> dropAtExit(dialect, url), "drop " + NAME));
      CREATED.put(dialect, NAME);
    }
    return NAME;
  }

  /** This JVM's schema / database name (whether or not created yet). */
  static String name() {
    return NAME;
  }

  /** {@code url} with its database (the path after host and port) replaced by {@code database}. */
  static String withDatabase(String url, String database) {
    int hosts = url.indexOf("//");
    int slash = url.indexOf('/', hosts + 2);
    int query = url.indexOf('?', hosts + 2);
    int end = query < 0 ? url.length() : query;
    int start = slash < 0 || slash > end ? end : slash;
    return url.substring(0, start) + "/" + database + url.substring(end);
  }

  private static List<String> leftovers(Dialect dialect, Statement statement) throws SQLException {
    String sql =
        dialect == Dialect.POSTGRESQL
            ? "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rapport\\_t\\_%'"
            : "SHOW DATABASES LIKE 'rapport\\_t\\_%'";
    List<String> old = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        String name = rows.getString(1);
        if (startedBefore(name, STARTED.minus(LEFTOVER_AGE))) {
          old.add(name);
        }
      }
    }
    return old;
  }

  /** Whether {@code name} is a run schema name whose time stamp is before {@code limit}. */
  static boolean startedBefore(String name, Instant limit) {
    if (!name.startsWith(PREFIX)) {
      return false;
    }
    String[] parts = name.substring(PREFIX.length()).split("_", 2);
    try {
      return Instant.from(STAMP.parse(parts[0])).isBefore(limit);
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String drop(Dialect dialect, String name) {
    return dialect == Dialect.POSTGRESQL
        ? "DROP SCHEMA IF EXISTS \"" + name + "\" CASCADE"
        : "DROP DATABASE IF EXISTS `" + name + "`";
  }

  private static void dropAtExit(Dialect dialect, String url) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(drop(dialect, NAME));
    } catch (SQLException e) {
      System.err.println("Could not drop the test schema " + NAME + " on " + dialect + ": " + e);
    }
  }
}
