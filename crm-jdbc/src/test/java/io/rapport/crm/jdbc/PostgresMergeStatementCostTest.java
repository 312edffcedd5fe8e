package io.rapport.crm.jdbc;

/** {@link MergeStatementCostChecks} on Postgres. */
class PostgresMergeStatementCostTest extends MergeStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
