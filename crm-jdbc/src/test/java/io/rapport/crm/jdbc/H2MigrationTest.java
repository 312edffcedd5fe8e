package io.rapport.crm.jdbc;

/** {@link MigrationChecks} on H2. */
class H2MigrationTest extends MigrationChecks {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
