package io.rapport.crm.jdbc;

/** {@link AuditChainChecks} on H2. */
class H2AuditChainTest extends AuditChainChecks {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
