package io.rapport.crm.jdbc;

/** {@link ErrorPrivacyChecks} on H2. */
class H2ErrorPrivacyTest extends ErrorPrivacyChecks {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
