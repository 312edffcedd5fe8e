package io.rapport.crm.party.merge;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import java.util.List;
import java.util.Map;

/**
 * What a merge will do, computed purely by {@link MergePlanner}: the survivor's new value and which
 * record each resolved field came from.
 *
 * @param survivor the record that stays
 * @param merged the records merged into it, in command order
 * @param result the survivor's new value (same id and version as read)
 * @param chosenFrom for each field holding a value after the merge, the record it came from
 */
public record MergePlan(
    CustomerId survivor,
    List<CustomerId> merged,
    Customer result,
    Map<MergeField, CustomerId> chosenFrom) {
  /** Checks presence and that the result is the survivor. */
  public MergePlan {
    Checks.notNull(survivor, "survivor");
    merged = Checks.list(merged, "merged");
    Checks.notNull(result, "result");
    Checks.argument(result.id().equals(survivor), "result", "result must be the survivor");
    chosenFrom = Map.copyOf(Checks.notNull(chosenFrom, "chosenFrom"));
  }
}
