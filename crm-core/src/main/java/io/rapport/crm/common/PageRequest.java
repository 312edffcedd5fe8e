package io.rapport.crm.common;

import io.rapport.crm.common.internal.Checks;

/**
 * Asks for at most {@code limit} rows (1 to 1000) after {@code after}, or from the start when
 * {@code after} is {@code null}.
 */
public record PageRequest(int limit, Cursor after) {
  /** The largest page a query returns. */
  public static final int MAX_LIMIT = 1000;

  /** Checks the limit. */
  public PageRequest {
    Checks.argument(limit >= 1 && limit <= MAX_LIMIT, "limit", "limit must be 1..%s", MAX_LIMIT);
  }

  /** The first page of {@code limit} rows. */
  public static PageRequest first(int limit) {
    return new PageRequest(limit, null);
  }

  /** The page of {@code limit} rows after {@code cursor}. */
  public static PageRequest after(Cursor cursor, int limit) {
    return new PageRequest(limit, Checks.notNull(cursor, "cursor"));
  }

  /** The next page after the given page, with the same limit. */
  public PageRequest next(Cursor cursor) {
    return after(cursor, limit);
  }
}
