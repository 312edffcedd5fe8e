package io.rapport.crm.jdbc;

/** {@link ErrorPrivacyChecks} on MariaDB. */
class MariaDbErrorPrivacyTest extends ErrorPrivacyChecks {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
