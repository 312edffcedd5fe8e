package io.rapport.crm.sdk;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.merge.MergeField;
import io.rapport.crm.party.merge.MergeId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a merge did.
 *
 * @param mergeId the merge, for {@link Duplicates#unmerge}
 * @param survivor the survivor as stored now
 * @param merged the records merged away, now with status {@code MERGED}
 * @param repointedRows how many child rows moved to the survivor, per kind (e.g. {@code holding})
 * @param chosenFrom for each resolved field holding a value, the record it came from
 * @param withdrawnConsents how many withdrawals were appended to the survivor so that a withdrawal
 *     on any record wins
 * @param undoDeadline until when {@link Duplicates#unmerge} accepts the merge
 */
public record MergeResult(
    MergeId mergeId,
    Customer survivor,
    List<CustomerId> merged,
    Map<String, Integer> repointedRows,
    Map<MergeField, CustomerId> chosenFrom,
    int withdrawnConsents,
    Instant undoDeadline) {
  /** Checks presence and copies. */
  public MergeResult {
    Checks.notNull(mergeId, "mergeId");
    Checks.notNull(survivor, "survivor");
    merged = Checks.list(merged, "merged");
    repointedRows = Map.copyOf(repointedRows);
    chosenFrom = Map.copyOf(chosenFrom);
    Checks.notNull(undoDeadline, "undoDeadline");
  }
}
