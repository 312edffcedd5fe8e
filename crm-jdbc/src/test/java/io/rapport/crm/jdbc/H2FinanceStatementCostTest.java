package io.rapport.crm.jdbc;

/** {@link FinanceStatementCostChecks} on H2. */
class H2FinanceStatementCostTest extends FinanceStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
