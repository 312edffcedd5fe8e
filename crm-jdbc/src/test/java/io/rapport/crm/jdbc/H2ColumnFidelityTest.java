package io.rapport.crm.jdbc;

/** {@link ColumnFidelityChecks} on H2. */
class H2ColumnFidelityTest extends ColumnFidelityChecks {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
