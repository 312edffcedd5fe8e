package io.rapport.crm.jdbc;

/** {@link FinanceStatementCostChecks} on MariaDb. */
class MariaDbFinanceStatementCostTest extends FinanceStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
