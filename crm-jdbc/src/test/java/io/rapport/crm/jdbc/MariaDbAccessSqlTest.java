package io.rapport.crm.jdbc;

/** {@link AccessSqlChecks} on MariaDb. */
class MariaDbAccessSqlTest extends AccessSqlChecks {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
