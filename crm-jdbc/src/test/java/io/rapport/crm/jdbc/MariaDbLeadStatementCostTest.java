package io.rapport.crm.jdbc;

/** {@link LeadStatementCostChecks} on MariaDb. */
class MariaDbLeadStatementCostTest extends LeadStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
