package io.rapport.crm.jdbc;

/** {@link ColumnFidelityChecks} on Postgres. */
class PostgresColumnFidelityTest extends ColumnFidelityChecks {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
