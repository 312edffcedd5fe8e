package io.rapport.crm.jdbc;

/** {@link CanaryChecks} on PostgreSQL. */
class PostgresCanaryTest extends CanaryChecks {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
