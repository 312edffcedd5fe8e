package io.rapport.crm.jdbc;

/** {@link PipelineStatementCostChecks} on MariaDb. */
class MariaDbPipelineStatementCostTest extends PipelineStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
