package io.rapport.crm.jdbc;

/** {@link ErrorPrivacyChecks} on Postgres. */
class PostgresErrorPrivacyTest extends ErrorPrivacyChecks {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
