package io.rapport.crm.jdbc;

/** {@link TransactionChecks} on H2. */
class H2TransactionTest extends TransactionChecks {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
