package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.pipeline.ClosedDeals;
import io.rapport.crm.pipeline.CycleLengthCount;
import io.rapport.crm.pipeline.ForecastLine;
import io.rapport.crm.pipeline.ForecastQuery;
import io.rapport.crm.pipeline.LostOpportunity;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.pipeline.StageChange;
import io.rapport.crm.pipeline.StageDwell;
import io.rapport.crm.pipeline.StageKind;
import io.rapport.crm.pipeline.StageReach;
import io.rapport.crm.pipeline.WonOpportunity;
import io.rapport.crm.spi.PipelineAnalytics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@link PipelineAnalytics} computed directly over one {@link Unit}'s rows. */
final class InMemoryPipelineAnalytics implements PipelineAnalytics {
  private final Unit unit;

  InMemoryPipelineAnalytics(Unit unit) {
    this.unit = unit;
  }

  private List<Opportunity> opportunities(TenantId tenant, PipelineId pipeline) {
    return unit.opportunityRows.values(tenant).stream()
        .filter(o -> pipeline == null || o.pipeline().equals(pipeline))
        .toList();
  }

  @Override
  public List<ForecastLine> forecast(TenantId tenant, ForecastQuery query) {
    unit.enter(tenant);
    Checks.notNull(query, "query");
    List<ForecastLine> single = new ArrayList<>();
    for (Opportunity opportunity : opportunities(tenant, query.pipeline())) {
      if (opportunity instanceof OpenOpportunity open
          && query.covers(open.terms().expectedClose())) {
        Money amount = open.terms().amount();
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
                ForecastLine.weighted(
                    amount.amount().multiply(BigDecimal.valueOf(open.probability().percent())))));
      }
    }
    return ForecastLine.fold(single, query.unit());
  }

  @Override
  public List<ClosedDeals> closedDeals(TenantId tenant, PipelineId pipeline) {
    unit.enter(tenant);
    return ClosedDeals.summarise(opportunities(tenant, pipeline));
  }

  @Override
  public List<CycleLengthCount> cycleLengths(TenantId tenant, PipelineId pipeline) {
    unit.enter(tenant);
    Map<List<Object>, Long> counts = new LinkedHashMap<>();
    for (Opportunity opportunity : opportunities(tenant, pipeline)) {
      if (opportunity instanceof WonOpportunity won) {
        counts.merge(List.of(StageKind.WON, won.cycleDays()), 1L, Long::sum);
      } else if (opportunity instanceof LostOpportunity lost) {
        counts.merge(List.of(StageKind.LOST, lost.cycleDays()), 1L, Long::sum);
      }
    }
    List<CycleLengthCount> result = new ArrayList<>();
    counts.forEach(
        (key, count) ->
            result.add(new CycleLengthCount((StageKind) key.get(0), (Long) key.get(1), count)));
    result.sort(CycleLengthCount.ORDER);
    return result;
  }

  private List<StageChange> history(TenantId tenant, PipelineId pipeline) {
    Checks.notNull(pipeline, "pipeline");
    return unit.stageChangeRows.values(tenant).stream()
        .filter(change -> change.pipeline().equals(pipeline))
        .toList();
  }

  @Override
  public List<StageReach> funnel(TenantId tenant, PipelineId pipeline) {
    unit.enter(tenant);
    Map<Object, Integer> furthest = new LinkedHashMap<>();
    for (StageChange change : history(tenant, pipeline)) {
      if (change.toKind() != StageKind.LOST) {
        furthest.merge(change.opportunity(), change.toPosition(), Math::max);
      }
    }
    Map<Integer, Long> reach = new TreeMap<>();
    furthest.values().forEach(position -> reach.merge(position, 1L, Long::sum));
    List<StageReach> result = new ArrayList<>();
    reach.forEach((position, count) -> result.add(new StageReach(position, count)));
    return result;
  }

  @Override
  public List<StageDwell> timeInStage(TenantId tenant, PipelineId pipeline) {
    unit.enter(tenant);
    Map<String, long[]> stays = new TreeMap<>();
    for (StageChange change : history(tenant, pipeline)) {
      if (change.fromStage() != null) {
        long[] sum = stays.computeIfAbsent(change.fromStage(), s -> new long[2]);
        sum[0]++;
        sum[1] += change.secondsInFromStage();
      }
    }
    List<StageDwell> result = new ArrayList<>();
    stays.forEach((stage, sum) -> result.add(new StageDwell(stage, sum[0], sum[1])));
    result.sort(StageDwell.ORDER);
    return result;
  }
}
