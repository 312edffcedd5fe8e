package io.rapport.crm.jdbc;

/** {@link MigrationChecks} on Postgres. */
class PostgresMigrationTest extends MigrationChecks {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
