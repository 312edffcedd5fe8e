package io.rapport.crm.jdbc;

/** {@link MergeRoundTripChecks} on H2. */
class H2MergeRoundTripTest extends MergeRoundTripChecks {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
