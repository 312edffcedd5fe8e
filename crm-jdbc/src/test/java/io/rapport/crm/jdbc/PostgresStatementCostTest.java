package io.rapport.crm.jdbc;

/** {@link StatementCostChecks} on Postgres. */
class PostgresStatementCostTest extends StatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
