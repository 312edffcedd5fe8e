package io.rapport.crm.jdbc;

/** {@link JdbcErasureChecks} on H2. */
class H2ErasureTest extends JdbcErasureChecks {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
