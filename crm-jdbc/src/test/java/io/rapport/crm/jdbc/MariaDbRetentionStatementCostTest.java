package io.rapport.crm.jdbc;

/** {@link RetentionStatementCostChecks} on MariaDB. */
class MariaDbRetentionStatementCostTest extends RetentionStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
