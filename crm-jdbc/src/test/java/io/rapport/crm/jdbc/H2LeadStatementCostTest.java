package io.rapport.crm.jdbc;

/** {@link LeadStatementCostChecks} on H2. */
class H2LeadStatementCostTest extends LeadStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
