package io.rapport.crm.common;

import java.util.List;
import java.util.Optional;

/**
 * One page of a keyset-paged query: the rows in query order and, when more rows may follow, the
 * cursor for the next page. Rows inserted while a caller pages are never returned twice, and rows
 * that existed when paging started are never skipped.
 */
public record Page<T>(List<T> items, Cursor next) {
  /** Copies the items. */
  public Page {
    items = List.copyOf(items);
  }

  /** The cursor of the next page, empty on the last page. */
  public Optional<Cursor> nextCursor() {
    return Optional.ofNullable(next);
  }

  /** Whether another page may follow. */
  public boolean hasNext() {
    return next != null;
  }
}
