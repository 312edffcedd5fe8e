package io.rapport.crm.examples.analytics;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rapport.crm.inmemory.InMemoryStorage;
import io.rapport.crm.jdbc.JdbcStorage;
import io.rapport.crm.spi.CrmStorage;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The stores the analytics run on: in memory, H2 in memory, and PostgreSQL and MariaDB when {@code
 * RAPPORT_TEST_POSTGRES_URL} / {@code RAPPORT_TEST_MARIADB_URL} are set (skipped otherwise), each
 * in a fresh schema or database of its own so no other run's tables are met.
 */
public enum StoreUnderTest {
  IN_MEMORY,
  H2,
  POSTGRESQL,
  MARIADB;

  /** A fresh, migrated storage in the schema or database {@code schema}. */
  public CrmStorage open(String schema) throws SQLException {
    switch (this) {
      case IN_MEMORY -> {
        return InMemoryStorage.create();
      }
      case H2 -> {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1");
        return JdbcStorage.builder(h2).migrate(true).build();
      }
      case POSTGRESQL -> {
        String url = url("RAPPORT_TEST_POSTGRES_URL");
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        execute(admin, "CREATE SCHEMA " + schema);
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(url);
        postgres.setCurrentSchema(schema);
        return JdbcStorage.builder(postgres).migrate(true).build();
      }
      case MARIADB -> {
        String url = url("RAPPORT_TEST_MARIADB_URL");
        execute(new MariaDbDataSource(url), "CREATE DATABASE " + schema);
        return JdbcStorage.builder(new MariaDbDataSource(withDatabase(url, schema)))
            .migrate(true)
            .build();
      }
      default -> throw new IllegalStateException(name());
    }
  }

  /** A fresh schema or database name. */
  public static String freshSchema() {
    return "rapport_an_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** Drops the schema or database {@link #open} made on a server; nothing for the others. */
  public void drop(String schema) throws SQLException {
    switch (this) {
      case POSTGRESQL -> {
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url("RAPPORT_TEST_POSTGRES_URL"));
        execute(admin, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
      case MARIADB ->
          execute(
              new MariaDbDataSource(url("RAPPORT_TEST_MARIADB_URL")),
              "DROP DATABASE IF EXISTS " + schema);
      default -> {
        // in-memory stores go with the JVM
      }
    }
  }

  private static String url(String variable) {
    String url = System.getenv(variable);
    assumeTrue(url != null && !url.isBlank(), variable + " is not set");
    return url;
  }

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** {@code jdbc:mariadb://host:port/test?user=root} with {@code test} replaced by {@code name}. */
  private static String withDatabase(String url, String name) {
    int hosts = url.indexOf("//") + 2;
    int slash = url.indexOf('/', hosts);
    int query = url.indexOf('?', hosts);
    String prefix =
        slash < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, slash);
    String suffix = query < 0 ? "" : url.substring(query);
    return prefix + "/" + name.toLowerCase(Locale.ROOT) + suffix;
  }
}
