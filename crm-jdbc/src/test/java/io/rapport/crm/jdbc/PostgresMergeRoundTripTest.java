package io.rapport.crm.jdbc;

/** {@link MergeRoundTripChecks} on Postgres. */
class PostgresMergeRoundTripTest extends MergeRoundTripChecks {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
