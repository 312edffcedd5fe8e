package io.rapport.crm.jdbc;

/** {@link CanaryChecks} on MariaDB. */
class MariaDbCanaryTest extends CanaryChecks {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
