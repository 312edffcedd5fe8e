package io.rapport.crm.jdbc;

/** {@link PipelineStatementCostChecks} on H2. */
class H2PipelineStatementCostTest extends PipelineStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
