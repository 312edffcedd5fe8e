package io.rapport.crm.jdbc;

/** {@link MergeStatementCostChecks} on MariaDb. */
class MariaDbMergeStatementCostTest extends MergeStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
