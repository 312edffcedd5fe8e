package io.rapport.crm.jdbc;

/** {@link AuditChainChecks} on MariaDB. */
class MariaDbAuditChainTest extends AuditChainChecks {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
