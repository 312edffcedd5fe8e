package io.rapport.crm.jdbc;

/** {@link MigrationChecks} on MariaDB. */
class MariaDbMigrationTest extends MigrationChecks {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
