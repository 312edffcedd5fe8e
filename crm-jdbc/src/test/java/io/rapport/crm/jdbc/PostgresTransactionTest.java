package io.rapport.crm.jdbc;

/** {@link TransactionChecks} on Postgres. */
class PostgresTransactionTest extends TransactionChecks {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
