package io.rapport.crm.jdbc;

/** {@link MergeStatementCostChecks} on H2. */
class H2MergeStatementCostTest extends MergeStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
