package io.rapport.crm.sdk;

import java.util.List;

/**
 * A row of a financial import that was not stored, with why.
 *
 * @param index the row's position in the imported sequence, from 0
 * @param reasons every broken rule, at least one; never the rejected values
 */
public record RowIssue(long index, List<Violation> reasons) {
  /** Copies the reasons. */
  public RowIssue {
    reasons = List.copyOf(reasons);
  }
}
