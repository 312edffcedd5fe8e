package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.Customer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code JdbcStorage.builder(ds).schema(name)}: Rapport's tables and its Flyway history live in the
 * named schema (a database on MariaDB), created by the migrations, while the connections' current
 * schema stays untouched.
 */
abstract class SchemaOptionChecks {
  /** The database under test. */
  abstract Dialect dialect();

  /** A data source whose current schema is the host's own. */
  abstract DataSource hostDataSource();

  /** The schema Rapport is told to use: new, so the migrations must create it. */
  String rapportSchema() {
    return RunSchemas.name() + "_own";
  }

  @AfterEach
  void dropRapportSchema() throws SQLException {
    if (dialect() == Dialect.H2) {
      return; // a fresh in-memory database per test
    }
    try (Connection connection = hostDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          dialect() == Dialect.POSTGRESQL
              ? "DROP SCHEMA IF EXISTS \"" + rapportSchema() + "\" CASCADE"
              : "DROP DATABASE IF EXISTS `" + rapportSchema() + "`");
    }
  }

  @Test
  void schema_missingSchema_isCreatedAndHoldsTheTablesAndTheirHistory() throws SQLException {
    // given
    DataSource host = hostDataSource();
    String before = currentSchema(host);
    Samples samples = new Samples();
    TenantId tenant = samples.tenant();
    Customer ada = samples.person("Ada Lovelace");

    // when
    JdbcStorage storage =
        JdbcStorage.builder(host).dialect(dialect()).schema(rapportSchema()).build();
    storage.inTransactionDo(unit -> unit.customers().insert(tenant, ada));

    // then
    assertThat(tablesIn(host, rapportSchema()))
        .contains("rapport_customer", "rapport_schema_history", "rapport_audit_entry");
    assertThat(customersIn(host, rapportSchema(), tenant)).isEqualTo(1);
    assertThat(storage.<Long>inTransaction(unit -> unit.customers().count(tenant))).isEqualTo(1);
    assertThat(currentSchema(host)).isEqualTo(before);
    if (dialect() == Dialect.H2) {
      assertThat(tablesIn(host, "PUBLIC")).isEmpty();
    } else {
      assertThat(customersIn(host, before, tenant)).isZero();
    }
  }

  @Test
  void schema_secondBuild_appliesNothingAndSeesTheSameRows() throws SQLException {
    // given
    DataSource host = hostDataSource();
    Samples samples = new Samples();
    TenantId tenant = samples.tenant();
    JdbcStorage.builder(host)
        .schema(rapportSchema())
        .build()
        .inTransactionDo(unit -> unit.customers().insert(tenant, samples.person("Grace Hopper")));
    long history = historyRows(host);

    // when
    JdbcStorage again = JdbcStorage.builder(host).schema(rapportSchema()).build();

    // then
    assertThat(historyRows(host)).isEqualTo(history);
    assertThat(again.<Long>inTransaction(unit -> unit.customers().count(tenant))).isEqualTo(1);
  }

  private long historyRows(DataSource host) throws SQLException {
    try (Connection connection = host.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT COUNT(*) FROM " + qualified("rapport_schema_history", true))) {
      row.next();
      return row.getLong(1);
    }
  }

  private long customersIn(DataSource host, String schema, TenantId tenant) throws SQLException {
    String quote = dialect() == Dialect.MARIADB ? "`" : "\"";
    try (Connection connection = host.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM "
                    + quote
                    + schema
                    + quote
                    + ".rapport_customer WHERE tenant_id = ?")) {
      statement.setString(1, tenant.value());
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** A table of Rapport's schema; Flyway quotes its history table's name, H2 folds others up. */
  private String qualified(String table, boolean quotedByFlyway) {
    String quote = dialect() == Dialect.MARIADB ? "`" : "\"";
    String name = quotedByFlyway && dialect() == Dialect.H2 ? "\"" + table + "\"" : table;
    return quote + rapportSchema() + quote + "." + name;
  }

  private String currentSchema(DataSource host) throws SQLException {
    try (Connection connection = host.getConnection()) {
      return dialect() == Dialect.MARIADB ? connection.getCatalog() : connection.getSchema();
    }
  }

  private static List<String> tablesIn(DataSource host, String schema) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection connection = host.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?")) {
      statement.setString(1, schema);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String name = rows.getString(1).toLowerCase(Locale.ROOT);
          if (name.startsWith("rapport_")) {
            tables.add(name);
          }
        }
      }
    }
    return tables;
  }
}
