package io.rapport.crm.jdbc;

/** {@link JdbcErasureChecks} on MariaDb. */
class MariaDbErasureTest extends JdbcErasureChecks {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
