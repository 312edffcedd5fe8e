package io.rapport.crm.jdbc;

/** {@link LeadStatementCostChecks} on Postgres. */
class PostgresLeadStatementCostTest extends LeadStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
