package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped migrations: a second run is a no-op (the test databases are shared by every run), the
 * dialect is detected from the database, and every table's primary key leads with {@code
 * tenant_id}.
 */
abstract class MigrationChecks {
  /** The database under test. */
  abstract Dialect dialect();

  @BeforeEach
  void databaseConfigured() {
    TestDatabases.shared(dialect());
  }

  private DataSource dataSource() {
    TestDatabases.shared(dialect());
    return TestDatabases.dataSource(dialect());
  }

  private long historyRows() throws SQLException {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + historyTable())) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Flyway quotes the name, which H2 otherwise folds to upper case. */
  private String historyTable() {
    return dialect() == Dialect.H2 ? "\"rapport_schema_history\"" : "rapport_schema_history";
  }

  @Test
  void migrate_secondRun_changesNothing() throws SQLException {
    // given
    long before = historyRows();

    // when
    JdbcStorage again = JdbcStorage.builder(dataSource()).dialect(dialect()).migrate(true).build();

    // then
    assertThat(historyRows()).isEqualTo(before);
    assertThat(again.<Long>inTransaction(unit -> unit.customers().count(new Samples().tenant())))
        .isZero();
  }

  @Test
  void dataSource_ofThisRun_isInTheRunsOwnSchemaOrDatabase() throws SQLException {
    // given
    String where;

    // when
    try (Connection connection = dataSource().getConnection()) {
      where = dialect() == Dialect.MARIADB ? connection.getCatalog() : connection.getSchema();
    }

    // then
    assertThat(where).isEqualTo(dialect() == Dialect.H2 ? "PUBLIC" : RunSchemas.name());
  }

  @Test
  void build_withoutADialect_detectsItFromTheDatabase() {
    // given / when
    JdbcStorage detected = JdbcStorage.builder(dataSource()).migrate(false).build();

    // then
    assertThat(detected.dialect()).isEqualTo(dialect());
    assertThat(detected.name()).isEqualTo("jdbc:" + dialect().shortName());
  }

  @Test
  void migrate_everyRapportTable_hasAPrimaryKeyLeadingWithTenantId() throws SQLException {
    // given / when
    Map<String, List<String>> keys = primaryKeys();

    // then
    assertThat(keys)
        .containsOnlyKeys(
            "rapport_audit_anchor",
            "rapport_audit_entry",
            "rapport_audit_head",
            "rapport_campaign",
            "rapport_campaign_cost",
            "rapport_campaign_member",
            "rapport_consent_record",
            "rapport_customer",
            "rapport_customer_contact_key",
            "rapport_customer_merge",
            "rapport_customer_merge_member",
            "rapport_customer_name_key",
            "rapport_customer_score",
            "rapport_customer_tag",
            "rapport_financial_event",
            "rapport_holding",
            "rapport_household",
            "rapport_household_member",
            "rapport_lead",
            "rapport_outbox_event",
            "rapport_relationship",
            "rapport_retention_checkpoint",
            "rapport_segment",
            "rapport_segment_list_member",
            "rapport_pipeline",
            "rapport_pipeline_stage",
            "rapport_pipeline_lost_reason",
            "rapport_opportunity",
            "rapport_stage_change",
            "rapport_subject_key",
            "rapport_legal_hold",
            "rapport_erasure");
    assertThat(keys).allSatisfy((table, columns) -> assertThat(columns).startsWith("tenant_id"));
  }

  private Map<String, List<String>> primaryKeys() throws SQLException {
    Map<String, List<String>> keys = new TreeMap<>();
    try (Connection connection = dataSource().getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          metaData.getTables(
              connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
        while (rows.next()) {
          String name = rows.getString("TABLE_NAME");
          String lower = name.toLowerCase(Locale.ROOT);
          if (lower.startsWith("rapport_") && !lower.equals("rapport_schema_history")) {
            tables.add(name);
          }
        }
      }
      for (String table : tables) {
        Map<Short, String> columns = new TreeMap<>();
        try (ResultSet rows =
            metaData.getPrimaryKeys(connection.getCatalog(), connection.getSchema(), table)) {
          while (rows.next()) {
            columns.put(
                rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
        }
        keys.put(table.toLowerCase(Locale.ROOT), new ArrayList<>(columns.values()));
      }
    }
    return keys;
  }
}
