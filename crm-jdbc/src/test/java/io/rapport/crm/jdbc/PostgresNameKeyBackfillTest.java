package io.rapport.crm.jdbc;

import javax.sql.DataSource;

/** {@link NameKeyBackfillChecks} on PostgreSQL, in a schema of its own. */
class PostgresNameKeyBackfillTest extends NameKeyBackfillChecks {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  DataSource hostDataSource() {
    TestDatabases.shared(dialect());
    return TestDatabases.dataSource(dialect());
  }
}
