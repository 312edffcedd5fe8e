package io.rapport.crm.inmemory.internal;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.campaign.LaunchResult;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.ConsentHistory;
import io.rapport.crm.compliance.ConsentReason;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.CampaignMemberRepository;
import io.rapport.crm.spi.LaunchPlan;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link CampaignMemberRepository} over one {@link Unit}. */
final class InMemoryCampaignMembers implements CampaignMemberRepository {
  private static final String TYPE = "campaignMember";
  private final Unit unit;

  InMemoryCampaignMembers(Unit unit) {
    this.unit = unit;
  }

  @Override
  public LaunchResult launch(TenantId tenant, LaunchPlan plan) {
    unit.enter(tenant);
    Checks.notNull(plan, "plan");
    CampaignId campaign = plan.campaign();
    if (unit.memberRows.values(tenant).stream().anyMatch(m -> m.campaign().equals(campaign))) {
      throw new DuplicateRecordException(TYPE, campaign);
    }
    Segment target = plan.target();
    Map<ConsentReason, Long> excluded = new EnumMap<>(ConsentReason.class);
    long candidates = 0;
    long members = 0;
    CustomerId after = null;
    while (true) {
      List<CustomerId> page =
          target.isStaticList()
              ? unit.segments().listed(tenant, target.id(), after, LAUNCH_PAGE)
              : unit.segments().members(tenant, target.criteria(), after, LAUNCH_PAGE);
      if (page.isEmpty()) {
        break;
      }
      Map<CustomerId, ConsentHistory> histories =
          InMemoryConsents.historiesOf(unit.consentRows.values(tenant), page);
      for (CustomerId customer : page) {
        candidates++;
        Optional<ConsentReason> reason = plan.exclusion(histories.get(customer));
        if (reason.isPresent()) {
          excluded.merge(reason.get(), 1L, Long::sum);
        } else {
          CampaignMember member = CampaignMember.targeted(campaign, customer, plan.at());
          unit.memberRows.put(tenant, new MemberKey(campaign, customer), member);
          members++;
        }
      }
      if (page.size() < LAUNCH_PAGE) {
        break;
      }
      after = page.get(page.size() - 1);
    }
    return new LaunchResult(candidates, members, excluded);
  }

  @Override
  public Optional<CampaignMember> find(TenantId tenant, CampaignId campaign, CustomerId customer) {
    unit.enter(tenant);
    Checks.notNull(campaign, "campaign");
    Checks.notNull(customer, "customer");
    return Optional.ofNullable(unit.memberRows.get(tenant, new MemberKey(campaign, customer)));
  }

  @Override
  public CampaignMember update(TenantId tenant, CampaignMember member) {
    unit.enter(tenant);
    Checks.notNull(member, TYPE);
    MemberKey key = new MemberKey(member.campaign(), member.customer());
    CampaignMember stored = unit.memberRows.get(tenant, key);
    if (stored == null) {
      throw new RecordNotFoundException(TYPE, key.customer());
    }
    if (stored.version() != member.version()) {
      throw new ConcurrentUpdateException(TYPE, key.customer(), member.version());
    }
    CampaignMember updated = member.withVersion(member.version() + 1);
    unit.memberRows.put(tenant, key, updated);
    return updated;
  }

  @Override
  public List<CampaignMember> forCustomer(TenantId tenant, CustomerId customer) {
    unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return unit.memberRows.values(tenant).stream()
        .filter(m -> m.customer().equals(customer))
        .sorted(Ordering.byId(CampaignMember::campaign))
        .toList();
  }

  @Override
  public List<CampaignMember> members(
      TenantId tenant, CampaignId campaign, CustomerId after, int limit) {
    unit.enter(tenant);
    Checks.notNull(campaign, "campaign");
    InMemorySegments.checkLimit(limit);
    String from = after == null ? null : after.toString();
    return unit.memberRows.values(tenant).stream()
        .filter(m -> m.campaign().equals(campaign))
        .filter(m -> from == null || Ordering.compareCodePoints(m.customer().toString(), from) > 0)
        .sorted(Ordering.byId(CampaignMember::customer))
        .limit(limit)
        .toList();
  }
}
