package io.rapport.crm.jdbc;

/** {@link JdbcErasureChecks} on Postgres. */
class PostgresErasureTest extends JdbcErasureChecks {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
