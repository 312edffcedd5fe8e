package io.rapport.crm.jdbc;

/** {@link TransactionChecks} on MariaDB. */
class MariaDbTransactionTest extends TransactionChecks {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
