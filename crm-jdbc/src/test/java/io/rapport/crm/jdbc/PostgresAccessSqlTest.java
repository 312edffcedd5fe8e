package io.rapport.crm.jdbc;

/** {@link AccessSqlChecks} on Postgres. */
class PostgresAccessSqlTest extends AccessSqlChecks {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
