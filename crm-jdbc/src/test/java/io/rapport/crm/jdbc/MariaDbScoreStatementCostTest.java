package io.rapport.crm.jdbc;

/** {@link ScoreStatementCostChecks} on MariaDB. */
class MariaDbScoreStatementCostTest extends ScoreStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
