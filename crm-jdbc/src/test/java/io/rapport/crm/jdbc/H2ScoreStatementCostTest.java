package io.rapport.crm.jdbc;

/** {@link ScoreStatementCostChecks} on H2. */
class H2ScoreStatementCostTest extends ScoreStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
