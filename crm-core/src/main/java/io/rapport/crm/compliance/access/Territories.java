package io.rapport.crm.compliance.access;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.internal.Checks;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which branches each territory holds: a customer's territory is derived from its branch, so no
 * territory is stored on the customer. Immutable.
 */
public final class Territories {
  private static final Territories NONE = new Territories(Map.of());
  private final Map<Territory, Set<BranchCode>> branches;

  private Territories(Map<Territory, Set<BranchCode>> branches) {
    this.branches = branches;
  }

  /** No territories. */
  public static Territories none() {
    return NONE;
  }

  /**
   * These territories with {@code territory} holding {@code members} (added to any it holds).
   *
   * @throws io.rapport.crm.common.InvalidValueException if an argument or a member is null
   */
  public Territories with(Territory territory, Set<BranchCode> members) {
    Checks.notNull(territory, "territory");
    Checks.list(Checks.notNull(members, "branches"), "branches");
    Map<Territory, Set<BranchCode>> next = new HashMap<>(branches);
    Set<BranchCode> merged = new HashSet<>(next.getOrDefault(territory, Set.of()));
    merged.addAll(members);
    next.put(territory, Set.copyOf(merged));
    return new Territories(Map.copyOf(next));
  }

  /** The branches of {@code territories}; unknown territories hold no branch. */
  public Set<BranchCode> branchesOf(Set<Territory> territories) {
    Set<BranchCode> result = new HashSet<>();
    for (Territory territory : territories) {
      result.addAll(branches.getOrDefault(territory, Set.of()));
    }
    return Set.copyOf(result);
  }

  /** The territories that hold {@code branch}. */
  public Set<Territory> of(BranchCode branch) {
    Set<Territory> result = new HashSet<>();
    branches.forEach(
        (territory, members) -> {
          if (members.contains(branch)) {
            result.add(territory);
          }
        });
    return Set.copyOf(result);
  }
}
