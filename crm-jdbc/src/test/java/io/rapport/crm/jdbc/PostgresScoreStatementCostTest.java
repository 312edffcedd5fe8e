package io.rapport.crm.jdbc;

/** {@link ScoreStatementCostChecks} on PostgreSQL. */
class PostgresScoreStatementCostTest extends ScoreStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
