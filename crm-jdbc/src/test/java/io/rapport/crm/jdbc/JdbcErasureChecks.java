package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.sdk.ErasureChecks;
import io.rapport.crm.spi.CrmStorage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * crm-sdk's {@link ErasureChecks} on a database: the stored text is every value of every {@code
 * rapport_} table of the test schema, found through JDBC metadata.
 */
abstract class JdbcErasureChecks extends ErasureChecks {
  /** The database under test. */
  abstract Dialect dialect();

  /** Skips (with a notice) before the checks' own code runs when the database is not set. */
  @BeforeEach
  void databaseConfigured() {
    TestDatabases.shared(dialect());
    assertThat(StoredTables.tableNames(TestDatabases.dataSource(dialect())))
        .as("the scan finds the schema's tables, the newest included")
        .contains("rapport_customer", "rapport_audit_entry", "rapport_subject_key");
  }

  @Override
  protected CrmStorage storage() {
    return TestDatabases.shared(dialect());
  }

  @Override
  protected List<String> storedText() {
    return StoredTables.everyValue(TestDatabases.dataSource(dialect()));
  }
}
