package io.rapport.crm.sdk;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.merge.MergeId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored merge as {@link Duplicates#mergeRecord} shows it. The before-images are personal data;
 * {@link #toString()} shows ids, counts and times only.
 *
 * @param mergeId the merge
 * @param survivor the customer that stayed
 * @param merged the customers merged into it
 * @param before every record as it was before the merge, survivor first
 * @param repointedRows how many child rows moved to the survivor, per kind
 * @param mergedAt when it happened
 * @param undoDeadline until when it may be undone
 * @param undoneAt when it was undone; null while it stands
 */
public record MergeSummary(
    MergeId mergeId,
    CustomerId survivor,
    List<CustomerId> merged,
    List<Customer> before,
    Map<String, Integer> repointedRows,
    Instant mergedAt,
    Instant undoDeadline,
    Instant undoneAt) {
  /** Checks presence and copies. */
  public MergeSummary {
    Checks.notNull(mergeId, "mergeId");
    Checks.notNull(survivor, "survivor");
    merged = Checks.list(merged, "merged");
    before = Checks.list(before, "before");
    repointedRows = Map.copyOf(repointedRows);
    Checks.notNull(mergedAt, "mergedAt");
    Checks.notNull(undoDeadline, "undoDeadline");
  }

  @Override
  public String toString() {
    return "MergeSummary[mergeId="
        + mergeId
        + ", survivor="
        + survivor
        + ", merged="
        + merged
        + ", repointedRows="
        + repointedRows
        + ", mergedAt="
        + mergedAt
        + ", undoDeadline="
        + undoDeadline
        + ", undoneAt="
        + undoneAt
        + "]";
  }
}
