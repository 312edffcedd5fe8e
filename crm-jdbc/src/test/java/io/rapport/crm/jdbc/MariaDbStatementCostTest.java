package io.rapport.crm.jdbc;

/** {@link StatementCostChecks} on MariaDB. */
class MariaDbStatementCostTest extends StatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
