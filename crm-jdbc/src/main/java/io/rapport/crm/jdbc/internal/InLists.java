package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.jdbc.Dialect;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Helpers for {@code IN (?, ?, ...)} lists, sent in chunks so no statement gets too long. */
final class InLists {
  private InLists() {}

  /** {@code ?, ?, ?} with {@code count} markers. */
  static String markers(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  /** {@code (?, ?), (?, ?)} with {@code count} pairs of markers, for a row-value IN list. */
  static String pairs(int count) {
    return String.join(", ", Collections.nCopies(count, "(?, ?)"));
  }

  /**
   * The condition "this tenant, one of {@code count} ids" on {@code tenant_id} and {@code column}
   * (each prefixed by {@code alias}, e.g. {@code "c."} or {@code ""}); bind it with {@link
   * #bindKeys}. On H2 it is a row-value {@code (tenant_id, column) IN ((?, ?), ...)}: H2 looks an
   * IN list up in an index only on the index's first column, so {@code tenant_id = ? AND column IN
   * (...)} would scan the whole tenant; the row-value list is looked up in the primary key.
   */
  static String keyIn(Dialect dialect, String alias, String column, int count) {
    if (dialect == Dialect.H2) {
      return "(%1$stenant_id, %1$s%2$s) IN (%3$s)".formatted(alias, column, pairs(count));
    }
    return "%1$stenant_id = ? AND %1$s%2$s IN (%3$s)".formatted(alias, column, markers(count));
  }

  /** Binds the parameters of {@link #keyIn} for the ids' canonical texts ({@code toString()}). */
  static void bindKeys(Params params, Dialect dialect, TenantId tenant, Collection<?> ids)
      throws SQLException {
    if (dialect == Dialect.H2) {
      for (Object id : ids) {
        params.id(tenant).id(id);
      }
      return;
    }
    params.id(tenant);
    for (Object id : ids) {
      params.id(id);
    }
  }

  /** {@code values} cut into lists of at most {@code size}. */
  static <T> List<List<T>> chunks(List<T> values, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int start = 0; start < values.size(); start += size) {
      chunks.add(values.subList(start, Math.min(values.size(), start + size)));
    }
    return chunks;
  }
}
