package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.TenantId;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Finds which ids of a refused batch insert are taken, by querying rather than by reading the
 * driver's message (which quotes the key values). Chunked by the batch size.
 */
final class TakenIds {
  private TakenIds() {}

  /**
   * The first of {@code ids} (in canonical text order) that {@code table} holds for the tenant, if
   * any.
   */
  static Optional<String> first(Sql sql, String table, TenantId tenant, List<?> ids)
      throws SQLException {
    return first(sql, table, "id", tenant, ids);
  }

  /**
   * The first of {@code ids} (in canonical text order) that {@code table} holds for the tenant in
   * its key column {@code column}, if any.
   */
  static Optional<String> first(Sql sql, String table, String column, TenantId tenant, List<?> ids)
      throws SQLException {
    List<String> wanted = ids.stream().map(Object::toString).sorted().toList();
    for (List<String> chunk : InLists.chunks(wanted, sql.batchSize())) {
      Optional<String> taken =
          sql.queryFirst(
              """
              SELECT %1$s FROM %2$s
              WHERE %3$s
              ORDER BY %1$s"""
                  .formatted(column, table, InLists.keyIn(sql.dialect(), "", column, chunk.size())),
              p -> InLists.bindKeys(p, sql.dialect(), tenant, chunk),
              row -> row.getString(1));
      if (taken.isPresent()) {
        return taken;
      }
    }
    return Optional.empty();
  }
}
