package io.rapport.crm.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.ClosedDeals;
import io.rapport.crm.pipeline.ForecastLine;
import io.rapport.crm.pipeline.ForecastQuery;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.PeriodUnit;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.StageChange;
import io.rapport.crm.pipeline.StageKind;
import io.rapport.crm.pipeline.StageReach;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The opportunities part of the {@link ReferenceModel}: the session's pipeline, every opportunity
 * and its stage history in plain maps, and the analytics recomputed from them the simplest way.
 */
final class OpportunityModel {
  PipelineDefinition pipeline;
  final Map<OpportunityId, Opportunity> opportunities = new LinkedHashMap<>();
  final Map<OpportunityId, List<StageChange>> history = new LinkedHashMap<>();

  /** The opportunity at position {@code pick} modulo the count, or null when there is none. */
  Opportunity pick(int pick) {
    return ReferenceModel.pick(new ArrayList<>(opportunities.values()), pick);
  }

  /** Records a stored opportunity and its new history entry. */
  void stored(Opportunity opportunity, StageChange change) {
    opportunities.put(opportunity.id(), opportunity);
    history.computeIfAbsent(opportunity.id(), id -> new ArrayList<>()).add(change);
  }

  /** Opportunities, histories and analytics of the storage agree with this model. */
  void check(StatefulSession session, List<CustomerId> customers) {
    TenantId tenant = session.tenant;
    for (CustomerId customer : customers) {
      List<Opportunity> stored =
          session.tx(unit -> unit.opportunities().forCustomer(tenant, customer));
      assertThat(stored)
          .as("opportunities of a customer")
          .isEqualTo(
              ReferenceModel.byIdText(
                  opportunities.values().stream()
                      .filter(o -> o.terms().customer().equals(customer))
                      .toList(),
                  Opportunity::id));
    }
    for (Map.Entry<OpportunityId, List<StageChange>> entry : history.entrySet()) {
      List<StageChange> stored = session.tx(unit -> unit.stageHistory().of(tenant, entry.getKey()));
      assertThat(stored).as("stage history").isEqualTo(entry.getValue());
    }
    List<ForecastLine> forecast =
        session.tx(
            unit -> unit.pipelineAnalytics().forecast(tenant, ForecastQuery.all(PeriodUnit.MONTH)));
    assertThat(forecast).as("forecast").isEqualTo(forecast());
    List<ClosedDeals> closed =
        session.tx(unit -> unit.pipelineAnalytics().closedDeals(tenant, null));
    assertThat(closed).as("closed deals").isEqualTo(closedDeals());
    if (pipeline != null) {
      List<StageReach> reach =
          session.tx(unit -> unit.pipelineAnalytics().funnel(tenant, pipeline.id()));
      assertThat(reach).as("funnel").isEqualTo(funnel());
    }
  }

  private List<ForecastLine> forecast() {
    List<ForecastLine> single = new ArrayList<>();
    for (Opportunity opportunity : opportunities.values()) {
      if (opportunity instanceof OpenOpportunity open) {
        Money amount = open.terms().amount();
        BigDecimal weighted =
            amount
                .amount()
                .multiply(BigDecimal.valueOf(open.probability().percent()))
                .movePointLeft(2);
        single.add(
            new ForecastLine(
                open.terms().expectedClose(),
                open.pipeline(),
                open.terms().owner(),
                open.stage(),
                open.forecastCategory(),
                amount.currency(),
                1,
                amount,
                weighted));
      }
    }
    return ForecastLine.fold(single, PeriodUnit.MONTH);
  }

  private List<ClosedDeals> closedDeals() {
    return ClosedDeals.summarise(opportunities.values());
  }

  private List<StageReach> funnel() {
    Map<Integer, Long> reach = new TreeMap<>();
    for (List<StageChange> changes : history.values()) {
      int furthest =
          changes.stream()
              .filter(change -> change.toKind() != StageKind.LOST)
              .mapToInt(StageChange::toPosition)
              .max()
              .orElse(-1);
      if (furthest >= 0) {
        reach.merge(furthest, 1L, Long::sum);
      }
    }
    List<StageReach> result = new ArrayList<>();
    reach.forEach((position, count) -> result.add(new StageReach(position, count)));
    return result;
  }
}
