package io.rapport.crm.jdbc;

import javax.sql.DataSource;

/** {@link NameKeyBackfillChecks} on MariaDB, in a schema of its own. */
class MariaDbNameKeyBackfillTest extends NameKeyBackfillChecks {
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
