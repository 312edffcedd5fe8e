package io.rapport.crm.inmemory.internal;

import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.spi.CampaignRepository;
import java.util.List;
import java.util.Optional;

/** {@link CampaignRepository} over one {@link Unit}. */
final class InMemoryCampaigns implements CampaignRepository {
  private static final String TYPE = "campaign";
  private final Unit unit;

  InMemoryCampaigns(Unit unit) {
    this.unit = unit;
  }

  @Override
  public void insert(TenantId tenant, Campaign campaign) {
    unit.enter(tenant);
    Checks.notNull(campaign, TYPE);
    if (unit.campaignRows.contains(tenant, campaign.id())) {
      throw new DuplicateRecordException(TYPE, campaign.id());
    }
    unit.campaignRows.put(tenant, campaign.id(), campaign);
  }

  @Override
  public Campaign update(TenantId tenant, Campaign campaign) {
    unit.enter(tenant);
    Checks.notNull(campaign, TYPE);
    Campaign stored = unit.campaignRows.get(tenant, campaign.id());
    if (stored == null) {
      throw new RecordNotFoundException(TYPE, campaign.id());
    }
    if (stored.version() != campaign.version()) {
      throw new ConcurrentUpdateException(TYPE, campaign.id(), campaign.version());
    }
    Campaign updated = campaign.withVersion(campaign.version() + 1);
    unit.campaignRows.put(tenant, updated.id(), updated);
    return updated;
  }

  @Override
  public Optional<Campaign> find(TenantId tenant, CampaignId id) {
    unit.enter(tenant);
    Checks.notNull(id, "id");
    return Optional.ofNullable(unit.campaignRows.get(tenant, id));
  }

  @Override
  public List<Campaign> waves(TenantId tenant, CampaignId parent) {
    unit.enter(tenant);
    Checks.notNull(parent, "parent");
    return unit.campaignRows.values(tenant).stream()
        .filter(c -> parent.equals(c.parent()))
        .sorted(Ordering.byId(Campaign::id))
        .toList();
  }
}
