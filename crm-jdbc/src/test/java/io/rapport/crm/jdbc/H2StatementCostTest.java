package io.rapport.crm.jdbc;

/** {@link StatementCostChecks} on H2. */
class H2StatementCostTest extends StatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
