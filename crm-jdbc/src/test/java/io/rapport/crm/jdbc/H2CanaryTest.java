package io.rapport.crm.jdbc;

/** {@link CanaryChecks} on H2. */
class H2CanaryTest extends CanaryChecks {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
