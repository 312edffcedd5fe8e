package io.rapport.crm.jdbc;

/** {@link FinanceStatementCostChecks} on Postgres. */
class PostgresFinanceStatementCostTest extends FinanceStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
