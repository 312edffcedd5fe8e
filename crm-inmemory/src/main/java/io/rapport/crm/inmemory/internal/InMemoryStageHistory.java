package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.StageChange;
import io.rapport.crm.spi.StageHistory;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@link StageHistory} over one {@link Unit}. */
final class InMemoryStageHistory implements StageHistory {
  private final Unit unit;

  InMemoryStageHistory(Unit unit) {
    this.unit = unit;
  }

  /** The key of one entry. */
  record Key(OpportunityId opportunity, long version) {}

  @Override
  public void append(TenantId tenant, StageChange change) {
    unit.enter(tenant);
    Checks.notNull(change, "change");
    Key key = new Key(change.opportunity(), change.opportunityVersion());
    if (unit.stageChangeRows.contains(tenant, key)) {
      throw new DuplicateRecordException(
          "stage change", change.opportunity() + " v" + change.opportunityVersion());
    }
    unit.stageChangeRows.put(tenant, key, change);
  }

  /** Throws if any entry's (opportunity, version) is stored already or given twice. */
  static void checkFree(Unit unit, TenantId tenant, List<StageChange> history) {
    Set<Key> seen = new HashSet<>();
    for (StageChange change : history) {
      Key key = new Key(change.opportunity(), change.opportunityVersion());
      if (!seen.add(key) || unit.stageChangeRows.contains(tenant, key)) {
        throw new DuplicateRecordException(
            "stage change", change.opportunity() + " v" + change.opportunityVersion());
      }
    }
  }

  @Override
  public List<StageChange> of(TenantId tenant, OpportunityId opportunity) {
    unit.enter(tenant);
    Checks.notNull(opportunity, "opportunity");
    return unit.stageChangeRows.values(tenant).stream()
        .filter(change -> change.opportunity().equals(opportunity))
        .sorted(Comparator.comparingLong(StageChange::opportunityVersion))
        .toList();
  }
}
