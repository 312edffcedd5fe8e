package io.rapport.crm.spi;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.merge.MergeId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The stored trace of one customer merge: enough to undo it. Personal data (the before-images):
 * {@link #toString()} shows ids and times only.
 *
 * @param id the merge's id
 * @param survivor the customer that stayed
 * @param merged the customers merged into it, in command order
 * @param before every record as it was before the merge, survivor first, then {@code merged} in
 *     order
 * @param repointed the child rows moved to the survivor
 * @param mergedAt when the merge happened (microseconds)
 * @param undoDeadline until when the merge may be undone (microseconds)
 * @param undoneAt when it was undone; null while it stands
 */
public record MergeRecord(
    MergeId id,
    CustomerId survivor,
    List<CustomerId> merged,
    List<Customer> before,
    List<RepointedRow> repointed,
    Instant mergedAt,
    Instant undoDeadline,
    Instant undoneAt) {

  /** Checks presence, that the before-images match the ids, and the order of the times. */
  public MergeRecord {
    Checks.notNull(id, "id");
    Checks.notNull(survivor, "survivor");
    merged = Checks.list(merged, "merged");
    before = Checks.list(before, "before");
    repointed = Checks.list(repointed, "repointed");
    Checks.argument(!merged.isEmpty(), "merged", "merged must not be empty");
    Checks.argument(
        before.size() == merged.size() + 1
            && before.get(0).id().equals(survivor)
            && before.stream().skip(1).map(Customer::id).toList().equals(merged),
        "before",
        "before must hold the survivor, then the merged records in order");
    mergedAt = Checks.notNull(mergedAt, "mergedAt").truncatedTo(ChronoUnit.MICROS);
    undoDeadline = Checks.notNull(undoDeadline, "undoDeadline").truncatedTo(ChronoUnit.MICROS);
    Checks.argument(
        !undoDeadline.isBefore(mergedAt), "undoDeadline", "undoDeadline must not precede mergedAt");
    undoneAt = undoneAt == null ? null : undoneAt.truncatedTo(ChronoUnit.MICROS);
  }

  /** Whether the merge was undone. */
  public boolean undone() {
    return undoneAt != null;
  }

  /** This record marked undone at {@code at}. */
  public MergeRecord undoneAt(Instant at) {
    return new MergeRecord(
        id, survivor, merged, before, repointed, mergedAt, undoDeadline, Checks.notNull(at, "at"));
  }

  @Override
  public String toString() {
    return "MergeRecord[id="
        + id
        + ", survivor="
        + survivor
        + ", merged="
        + merged
        + ", repointed="
        + repointed.size()
        + ", mergedAt="
        + mergedAt
        + ", undoDeadline="
        + undoDeadline
        + ", undoneAt="
        + undoneAt
        + "]";
  }
}
