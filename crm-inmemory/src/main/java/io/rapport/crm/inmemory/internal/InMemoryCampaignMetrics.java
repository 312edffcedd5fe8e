package io.rapport.crm.inmemory.internal;

import io.rapport.crm.campaign.AttributedOutcomes;
import io.rapport.crm.campaign.AttributionModel;
import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignFigures;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.campaign.CostLine;
import io.rapport.crm.campaign.DatedAmount;
import io.rapport.crm.campaign.MemberStatus;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.WonOpportunity;
import io.rapport.crm.spi.CampaignMetricsQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@link CampaignMetricsQuery} over one {@link Unit}, computed directly from the rows. */
final class InMemoryCampaignMetrics implements CampaignMetricsQuery {
  private static final Comparator<DatedAmount> DAY_THEN_CURRENCY =
      Comparator.comparing(DatedAmount::on)
          .thenComparing(a -> a.amount().currency().getCurrencyCode());

  private final Unit unit;

  InMemoryCampaignMetrics(Unit unit) {
    this.unit = unit;
  }

  @Override
  public Map<CampaignId, CampaignFigures> figures(
      TenantId tenant, Collection<CampaignId> campaigns) {
    unit.enter(tenant);
    List<CampaignId> ids = Checks.list(campaigns, "campaigns");
    Checks.argument(
        ids.size() <= MAX_CAMPAIGNS, "campaigns", "at most %s campaigns per call", MAX_CAMPAIGNS);
    List<CampaignMember> allMembers = unit.memberRows.values(tenant);
    Map<CampaignId, CampaignFigures> result = new LinkedHashMap<>();
    for (CampaignId id : ids) {
      List<CampaignMember> members =
          allMembers.stream().filter(m -> m.campaign().equals(id)).toList();
      List<DatedAmount> values = new ArrayList<>();
      for (CampaignMember member : members) {
        if (member.convertedValue() != null) {
          LocalDate day =
              LocalDate.ofInstant(member.reachedAt(MemberStatus.CONVERTED), ZoneOffset.UTC);
          values.add(new DatedAmount(day, member.convertedValue()));
        }
      }
      Campaign campaign = unit.campaignRows.get(tenant, id);
      List<DatedAmount> costs = new ArrayList<>();
      if (campaign != null) {
        for (CostLine line : campaign.costLines()) {
          costs.add(new DatedAmount(line.spentOn(), line.amount()));
        }
      }
      result.put(
          id,
          new CampaignFigures(
              id,
              members.size(),
              reached(members, MemberStatus.SENT),
              reached(members, MemberStatus.DELIVERED),
              reached(members, MemberStatus.BOUNCED),
              reached(members, MemberStatus.OPENED),
              reached(members, MemberStatus.CLICKED),
              reached(members, MemberStatus.RESPONDED),
              reached(members, MemberStatus.UNSUBSCRIBED),
              reached(members, MemberStatus.CONVERTED),
              perDayAndCurrency(values),
              perDayAndCurrency(costs)));
    }
    return result;
  }

  @Override
  public Map<CampaignId, AttributedOutcomes> attributed(
      TenantId tenant, Collection<CampaignId> campaigns, AttributionModel model) {
    unit.enter(tenant);
    List<CampaignId> ids = Checks.list(campaigns, "campaigns");
    Checks.notNull(model, "model");
    Checks.argument(
        ids.size() <= MAX_CAMPAIGNS, "campaigns", "at most %s campaigns per call", MAX_CAMPAIGNS);
    Map<CampaignId, Long> leads = new HashMap<>();
    for (Lead lead : unit.leadRows.values(tenant)) {
      if (lead.source().kind() == SourceKind.CAMPAIGN_RESPONSE) {
        leads.merge(lead.source().campaign(), 1L, Long::sum);
      }
    }
    Map<CustomerId, List<CampaignMember>> engaged = new HashMap<>();
    for (CampaignMember member : unit.memberRows.values(tenant)) {
      if (touchedAt(member) != null) {
        engaged.computeIfAbsent(member.customer(), k -> new ArrayList<>()).add(member);
      }
    }
    Map<CampaignId, Long> wins = new HashMap<>();
    Map<CampaignId, List<DatedAmount>> revenue = new HashMap<>();
    for (Opportunity opportunity : unit.opportunityRows.values(tenant)) {
      if (opportunity instanceof WonOpportunity won) {
        CampaignId credited = credited(won, engaged, model);
        if (credited != null) {
          wins.merge(credited, 1L, Long::sum);
          revenue
              .computeIfAbsent(credited, k -> new ArrayList<>())
              .add(new DatedAmount(won.wonOn(), won.actualAmount()));
        }
      }
    }
    Map<CampaignId, AttributedOutcomes> result = new LinkedHashMap<>();
    for (CampaignId id : ids) {
      result.put(
          id,
          new AttributedOutcomes(
              leads.getOrDefault(id, 0L),
              wins.getOrDefault(id, 0L),
              perDayAndCurrency(revenue.getOrDefault(id, List.of()))));
    }
    return result;
  }

  /** The first of the clicked, responded, converted times; null if none was reached. */
  private static Instant touchedAt(CampaignMember member) {
    for (MemberStatus stage :
        List.of(MemberStatus.CLICKED, MemberStatus.RESPONDED, MemberStatus.CONVERTED)) {
      if (member.reachedAt(stage) != null) {
        return member.reachedAt(stage);
      }
    }
    return null;
  }

  /** The campaign credited with {@code won} under {@code model}; see {@link AttributionModel}. */
  private static CampaignId credited(
      WonOpportunity won, Map<CustomerId, List<CampaignMember>> engaged, AttributionModel model) {
    if (won.terms().campaign() != null) {
      return won.terms().campaign();
    }
    Comparator<CampaignMember> byTime = Comparator.comparing(InMemoryCampaignMetrics::touchedAt);
    Comparator<CampaignMember> order =
        (model == AttributionModel.FIRST_TOUCH ? byTime : byTime.reversed())
            .thenComparing(m -> m.campaign().toString());
    return engaged.getOrDefault(won.terms().customer(), List.of()).stream()
        .filter(m -> !touchedAt(m).isAfter(won.createdAt()))
        .min(order)
        .map(CampaignMember::campaign)
        .orElse(null);
  }

  private static long reached(List<CampaignMember> members, MemberStatus stage) {
    return members.stream().filter(m -> m.reachedAt(stage) != null).count();
  }

  /** Sums per (day, currency), ordered by day then currency code. */
  private static List<DatedAmount> perDayAndCurrency(List<DatedAmount> amounts) {
    Map<String, DatedAmount> sums = new TreeMap<>();
    for (DatedAmount amount : amounts) {
      String key = amount.on() + "/" + amount.amount().currency().getCurrencyCode();
      sums.merge(key, amount, (a, b) -> new DatedAmount(a.on(), plus(a.amount(), b.amount())));
    }
    return sums.values().stream().sorted(DAY_THEN_CURRENCY).toList();
  }

  private static Money plus(Money a, Money b) {
    return a.plus(b);
  }
}
