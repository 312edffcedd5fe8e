package io.rapport.crm.jdbc;

/** {@link ColumnFidelityChecks} on MariaDB. */
class MariaDbColumnFidelityTest extends ColumnFidelityChecks {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
