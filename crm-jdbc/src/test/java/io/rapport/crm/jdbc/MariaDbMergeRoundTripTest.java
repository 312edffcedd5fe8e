package io.rapport.crm.jdbc;

/** {@link MergeRoundTripChecks} on MariaDb. */
class MariaDbMergeRoundTripTest extends MergeRoundTripChecks {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
