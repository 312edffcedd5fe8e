package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.jdbc.internal.TableNames;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerQuery;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The V8 migration's backfill of {@code rapport_customer_name_key} from the stored sort keys writes
 * exactly the keys {@link CustomerQuery#nameKeys} gives, the ones crm-jdbc writes for new
 * customers: checked by writing customers, emptying the table, and running the script's INSERT.
 */
abstract class NameKeyBackfillChecks {
  private static final List<String> NAMES =
      List.of(
          "Ada Lovelace",
          "Jones-Smith & Co (UK)",
          "O'Brien",
          "'t Hooft",
          "Émile--Zola",
          "x-",
          "\uD83D\uDE00 Smile Bank",
          "\uD83D\uDE00".repeat(60) + " Tail Words",
          "Ünal Çelik",
          "a".repeat(97) + " bc def",
          "山田 太郎");

  /** The database under test. */
  abstract Dialect dialect();

  /** A data source on which the schema {@link #schema()} may be created. */
  abstract DataSource hostDataSource();

  String schema() {
    return RunSchemas.name() + "_bf";
  }

  @AfterEach
  void dropSchema() throws SQLException {
    if (dialect() != Dialect.H2) {
      execute(
          dialect() == Dialect.POSTGRESQL
              ? "DROP SCHEMA IF EXISTS \"" + schema() + "\" CASCADE"
              : "DROP DATABASE IF EXISTS `" + schema() + "`");
    }
  }

  @Test
  void backfill_storedCustomers_writesTheKeysNewCustomersGet() throws SQLException, IOException {
    // given
    JdbcStorage storage =
        JdbcStorage.builder(hostDataSource()).dialect(dialect()).schema(schema()).build();
    Samples samples = new Samples();
    TenantId tenant = samples.tenant();
    List<Customer> customers = new ArrayList<>();
    NAMES.forEach(name -> customers.add(samples.person(name)));
    storage.inTransactionDo(unit -> unit.customers().insertAll(tenant, customers));
    Set<String> written = nameKeyRows();
    execute(TableNames.in(dialect(), schema()).qualify("DELETE FROM rapport_customer_name_key"));

    // when
    execute(TableNames.in(dialect(), schema()).qualify(backfillStatement()));

    // then
    assertThat(nameKeyRows()).isEqualTo(written);
    int expected = NAMES.stream().mapToInt(name -> CustomerQuery.nameKeys(name).size()).sum();
    assertThat(written)
        .hasSize(expected)
        .contains(
            customers.get(0).id()
                + " "
                + HexFormat.of().formatHex("lovelace".getBytes(StandardCharsets.UTF_8)));
  }

  private String backfillStatement() throws IOException {
    String resource = "/" + dialect().migrationLocation() + "/V8__customer_name_keys.sql";
    String script;
    try (InputStream in = JdbcStorage.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String insert = script.substring(script.indexOf("INSERT INTO rapport_customer_name_key"));
    return insert.substring(0, insert.lastIndexOf(';'));
  }

  private Set<String> nameKeyRows() throws SQLException {
    Set<String> rows = new TreeSet<>();
    try (Connection connection = hostDataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                TableNames.in(dialect(), schema())
                    .qualify("SELECT customer_id, name_key FROM rapport_customer_name_key"))) {
      while (row.next()) {
        rows.add(row.getString(1) + " " + HexFormat.of().formatHex(row.getBytes(2)));
      }
    }
    return rows;
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = hostDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
