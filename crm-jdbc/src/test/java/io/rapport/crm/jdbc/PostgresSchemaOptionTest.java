package io.rapport.crm.jdbc;

import javax.sql.DataSource;

/** {@link SchemaOptionChecks} on PostgreSQL: the run's schema is the host's. */
class PostgresSchemaOptionTest extends SchemaOptionChecks {
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
