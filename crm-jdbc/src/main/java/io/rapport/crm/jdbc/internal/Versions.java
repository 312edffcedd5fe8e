package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.TenantId;
import java.sql.SQLException;

/**
 * Explains an optimistic write that changed no row: the record is missing, or its version moved.
 */
final class Versions {
  private Versions() {}

  /**
   * {@code stale} when {@code table} still has the row, else {@code missing}. Called after {@code
   * UPDATE ... WHERE tenant_id = ? AND id = ? AND version = ?} changed nothing.
   */
  static RuntimeException missingOrStale(
      Sql sql,
      String table,
      TenantId tenant,
      Object id,
      RuntimeException missing,
      RuntimeException stale)
      throws SQLException {
    boolean exists =
        sql.queryFirst(
                "SELECT version FROM %s WHERE tenant_id = ? AND id = ?".formatted(table),
                p -> p.id(tenant).id(id),
                row -> row.getLong(1))
            .isPresent();
    return exists ? stale : missing;
  }
}
