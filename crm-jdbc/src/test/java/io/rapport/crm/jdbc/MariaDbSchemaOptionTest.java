package io.rapport.crm.jdbc;

import javax.sql.DataSource;

/** {@link SchemaOptionChecks} on MariaDB: the run's database is the host's. */
class MariaDbSchemaOptionTest extends SchemaOptionChecks {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }

  @Override
  DataSource hostDataSource() {
    TestDatabases.shared(dialect());
    return TestDatabases.dataSource(dialect());
  }
}
