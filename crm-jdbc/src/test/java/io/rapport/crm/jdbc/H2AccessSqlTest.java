package io.rapport.crm.jdbc;

/** {@link AccessSqlChecks} on H2. */
class H2AccessSqlTest extends AccessSqlChecks {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
