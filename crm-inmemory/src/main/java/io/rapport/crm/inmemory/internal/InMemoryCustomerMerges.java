package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.merge.MergeId;
import io.rapport.crm.spi.CustomerMerges;
import io.rapport.crm.spi.CustomerReferences;
import io.rapport.crm.spi.MergeRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link CustomerMerges} over one {@link Unit}. */
final class InMemoryCustomerMerges implements CustomerMerges {
  private final Unit unit;
  private final List<CustomerReferences> references;

  InMemoryCustomerMerges(Unit unit) {
    this.unit = unit;
    this.references = InMemoryReferenceKinds.all(unit);
  }

  @Override
  public void insert(TenantId tenant, MergeRecord merge) {
    unit.enter(tenant);
    Checks.notNull(merge, "merge");
    if (unit.mergeRows.contains(tenant, merge.id())) {
      throw new DuplicateRecordException("customer merge", merge.id());
    }
    unit.mergeRows.put(tenant, merge.id(), merge);
  }

  @Override
  public Optional<MergeRecord> find(TenantId tenant, MergeId id) {
    unit.enter(tenant);
    Checks.notNull(id, "id");
    return Optional.ofNullable(unit.mergeRows.get(tenant, id));
  }

  @Override
  public boolean markUndone(TenantId tenant, MergeId id, Instant at) {
    unit.enter(tenant);
    Checks.notNull(id, "id");
    Checks.notNull(at, "at");
    MergeRecord stored = unit.mergeRows.get(tenant, id);
    if (stored == null || stored.undone()) {
      return false;
    }
    unit.mergeRows.put(tenant, id, stored.undoneAt(at));
    return true;
  }

  @Override
  public Optional<MergeRecord> mergedAway(TenantId tenant, CustomerId customer) {
    unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return unit.mergeRows.values(tenant).stream()
        .filter(m -> !m.undone() && m.merged().contains(customer))
        .findFirst();
  }

  @Override
  public List<CustomerReferences> references() {
    return references;
  }
}
