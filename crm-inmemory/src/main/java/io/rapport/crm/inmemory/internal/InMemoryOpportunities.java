package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.StageChange;
import io.rapport.crm.spi.OpportunityRepository;
import java.util.List;
import java.util.Optional;

/** {@link OpportunityRepository} over one {@link Unit}. */
final class InMemoryOpportunities implements OpportunityRepository {
  private static final String TYPE = "opportunity";
  private final Unit unit;

  InMemoryOpportunities(Unit unit) {
    this.unit = unit;
  }

  @Override
  public void insert(TenantId tenant, Opportunity opportunity) {
    unit.enter(tenant);
    Checks.notNull(opportunity, TYPE);
    if (unit.opportunityRows.contains(tenant, opportunity.id())) {
      throw new DuplicateRecordException(TYPE, opportunity.id());
    }
    unit.opportunityRows.put(tenant, opportunity.id(), opportunity);
  }

  @Override
  public void insertAll(
      TenantId tenant, List<Opportunity> opportunities, List<StageChange> history) {
    unit.enter(tenant);
    OpportunityRepository.checkBatch(opportunities, history);
    for (Opportunity opportunity : opportunities) {
      if (unit.opportunityRows.contains(tenant, opportunity.id())) {
        throw new DuplicateRecordException(TYPE, opportunity.id());
      }
    }
    InMemoryStageHistory.checkFree(unit, tenant, history);
    for (Opportunity opportunity : opportunities) {
      unit.opportunityRows.put(tenant, opportunity.id(), opportunity);
    }
    history.forEach(change -> unit.stageHistory().append(tenant, change));
  }

  @Override
  public Opportunity update(TenantId tenant, Opportunity opportunity) {
    unit.enter(tenant);
    Checks.notNull(opportunity, TYPE);
    Opportunity stored = unit.opportunityRows.get(tenant, opportunity.id());
    if (stored == null) {
      throw new RecordNotFoundException(TYPE, opportunity.id());
    }
    if (stored.version() != opportunity.version()) {
      throw new ConcurrentUpdateException(TYPE, opportunity.id(), opportunity.version());
    }
    Opportunity updated = opportunity.withVersion(opportunity.version() + 1);
    unit.opportunityRows.put(tenant, updated.id(), updated);
    return updated;
  }

  @Override
  public Optional<Opportunity> find(TenantId tenant, OpportunityId id) {
    unit.enter(tenant);
    Checks.notNull(id, "id");
    return Optional.ofNullable(unit.opportunityRows.get(tenant, id));
  }

  @Override
  public List<Opportunity> forCustomer(TenantId tenant, CustomerId customer) {
    unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return unit.opportunityRows.values(tenant).stream()
        .filter(opportunity -> opportunity.terms().customer().equals(customer))
        .sorted(Ordering.byId(Opportunity::id))
        .toList();
  }
}
