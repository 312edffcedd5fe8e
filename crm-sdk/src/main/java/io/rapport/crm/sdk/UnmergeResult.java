package io.rapport.crm.sdk;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.merge.MergeId;
import java.util.List;

/**
 * What an unmerge did.
 *
 * @param mergeId the merge undone
 * @param restored every record of the merge as stored now (survivor first): the before-images with
 *     a new version
 * @param restoredRows how many child rows moved back to the merged records
 */
public record UnmergeResult(MergeId mergeId, List<Customer> restored, int restoredRows) {
  /** Checks presence and copies. */
  public UnmergeResult {
    Checks.notNull(mergeId, "mergeId");
    restored = Checks.list(restored, "restored");
  }
}
