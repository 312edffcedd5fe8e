package io.rapport.crm.jdbc;

/** {@link AuditChainChecks} on Postgres. */
class PostgresAuditChainTest extends AuditChainChecks {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
