package io.rapport.crm.jdbc;

/** {@link RetentionStatementCostChecks} on PostgreSQL. */
class PostgresRetentionStatementCostTest extends RetentionStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
