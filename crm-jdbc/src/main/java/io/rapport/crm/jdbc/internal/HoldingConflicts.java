package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.AccountReference;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingId;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Finds which key a holding write collides with, by querying rather than by reading the driver's
 * message (which quotes the key values). Chunked by the batch size.
 */
final class HoldingConflicts {
  private static final String TYPE = "holding";

  private HoldingConflicts() {}

  /** The customer and account reference, the unique key of a holding within its tenant. */
  static List<String> referenceKey(Holding holding) {
    return List.of(holding.customer().toString(), holding.accountReference().value());
  }

  /**
   * Explains a refused write after it was undone: the first taken id (in id order), else the first
   * reference held under another id, else the first holding's id.
   */
  static RuntimeException explain(Sql sql, TenantId tenant, List<Holding> rows)
      throws SQLException {
    Optional<String> taken =
        TakenIds.first(sql, "rapport_holding", tenant, rows.stream().map(Holding::id).toList());
    if (taken.isPresent()) {
      return new DuplicateRecordException(TYPE, HoldingId.of(taken.get()));
    }
    Optional<AccountReference> reference = takenReference(sql, tenant, rows);
    if (reference.isPresent()) {
      // AccountReference.toString() is masked: the message holds no personal data.
      return new DuplicateRecordException(TYPE, reference.get());
    }
    return new DuplicateRecordException(TYPE, rows.get(0).id());
  }

  /** The reference of the first of {@code rows} whose customer holds it under another id. */
  static Optional<AccountReference> takenReference(Sql sql, TenantId tenant, List<Holding> rows)
      throws SQLException {
    for (List<Holding> chunk : InLists.chunks(rows, sql.batchSize())) {
      List<List<String>> taken =
          sql.query(
              """
              SELECT id, customer_id, account_reference FROM rapport_holding
              WHERE tenant_id = ? AND (customer_id, account_reference) IN (%s)"""
                  .formatted(InLists.pairs(chunk.size())),
              p -> {
                p.id(tenant);
                for (Holding holding : chunk) {
                  p.id(holding.customer()).text(holding.accountReference().value());
                }
              },
              row -> List.of(row.getString(1), row.getString(2), row.getString(3)));
      for (Holding holding : chunk) {
        for (List<String> row : taken) {
          if (!row.get(0).equals(holding.id().toString())
              && referenceKey(holding).equals(row.subList(1, 3))) {
            return Optional.of(holding.accountReference());
          }
        }
      }
    }
    return Optional.empty();
  }
}
