package io.rapport.crm.jdbc;

/** {@link RetentionStatementCostChecks} on H2. */
class H2RetentionStatementCostTest extends RetentionStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
