package io.rapport.crm.jdbc;

/** {@link PipelineStatementCostChecks} on Postgres. */
class PostgresPipelineStatementCostTest extends PipelineStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
