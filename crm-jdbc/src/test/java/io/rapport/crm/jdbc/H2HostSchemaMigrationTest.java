package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.TenantId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Rapport's migrations in a schema the host already uses (its own tables, its own Flyway history):
 * Rapport's tables are created beside them and its history is kept apart. On a fresh H2 database,
 * since the shared test databases must not be emptied.
 */
class H2HostSchemaMigrationTest {

  @Test
  void migrate_schemaWithTheHostsTablesAndHistory_createsRapportTablesBesideThem()
      throws SQLException {
    // given
    JdbcDataSource host = new JdbcDataSource();
    host.setURL("jdbc:h2:mem:host-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    try (Connection connection = host.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(50))");
      statement.execute("CREATE TABLE \"flyway_schema_history\" (installed_rank INT)");
    }

    // when
    JdbcStorage storage = JdbcStorage.builder(host).build();

    // then
    long count = storage.inTransaction(unit -> unit.customers().count(TenantId.of("t-host")));
    assertThat(count).isZero();
    try (Connection connection = host.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT COUNT(*) FROM \"rapport_schema_history\" WHERE \"success\""
                    + " AND \"version\" = '1'")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
    }
  }
}
