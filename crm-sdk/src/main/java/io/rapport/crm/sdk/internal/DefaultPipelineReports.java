package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.pipeline.ForecastLine;
import io.rapport.crm.pipeline.ForecastQuery;
import io.rapport.crm.pipeline.ForecastTotals;
import io.rapport.crm.pipeline.Funnel;
import io.rapport.crm.pipeline.FunnelStep;
import io.rapport.crm.pipeline.PeriodUnit;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.pipeline.PipelineVelocity;
import io.rapport.crm.pipeline.SalesCycle;
import io.rapport.crm.pipeline.StageDwell;
import io.rapport.crm.pipeline.WinLoss;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.PipelineReports;
import io.rapport.crm.sdk.internal.validation.Arguments;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** {@link PipelineReports} over a {@link CommandRunner}. Thread-safe. */
public final class DefaultPipelineReports implements PipelineReports {
  private final CommandRunner runner;

  /** The pipeline reports. */
  public DefaultPipelineReports(CommandRunner runner) {
    this.runner = runner;
  }

  private static TenantId tenant(String method, Caller caller) {
    return Arguments.notNull(method, caller, "caller").tenant();
  }

  @Override
  public List<ForecastLine> forecast(Caller caller, ForecastQuery query) {
    runner.access().requireTenantWide(caller, "pipeline reports (forecast)");
    TenantId tenant = tenant("forecast", caller);
    Arguments.notNull("forecast", query, "query");
    return runner.read(unit -> unit.pipelineAnalytics().forecast(tenant, query));
  }

  @Override
  public ForecastTotals forecastTotals(
      Caller caller,
      ForecastQuery query,
      Currency currency,
      LocalDate ratesDate,
      ExchangeRates rates) {
    runner.access().requireTenantWide(caller, "pipeline reports (forecastTotals)");
    Arguments.notNull("forecastTotals", currency, "currency");
    Arguments.notNull("forecastTotals", ratesDate, "ratesDate");
    Arguments.notNull("forecastTotals", rates, "rates");
    return ForecastTotals.of(forecast(caller, query), currency, ratesDate, rates);
  }

  @Override
  public WinLoss winLoss(Caller caller, PipelineId pipeline) {
    runner.access().requireTenantWide(caller, "pipeline reports (winLoss)");
    TenantId tenant = tenant("winLoss", caller);
    return new WinLoss(runner.read(unit -> unit.pipelineAnalytics().closedDeals(tenant, pipeline)));
  }

  @Override
  public SalesCycle salesCycle(Caller caller, PipelineId pipeline) {
    runner.access().requireTenantWide(caller, "pipeline reports (salesCycle)");
    TenantId tenant = tenant("salesCycle", caller);
    return new SalesCycle(
        runner.read(unit -> unit.pipelineAnalytics().cycleLengths(tenant, pipeline)));
  }

  @Override
  public List<FunnelStep> funnel(Caller caller, PipelineId pipeline) {
    runner.access().requireTenantWide(caller, "pipeline reports (funnel)");
    TenantId tenant = tenant("funnel", caller);
    Arguments.notNull("funnel", pipeline, "pipeline");
    return runner.read(
        unit ->
            Funnel.of(
                unit.pipelines().get(tenant, pipeline),
                unit.pipelineAnalytics().funnel(tenant, pipeline)));
  }

  @Override
  public List<StageDwell> timeInStage(Caller caller, PipelineId pipeline) {
    runner.access().requireTenantWide(caller, "pipeline reports (timeInStage)");
    TenantId tenant = tenant("timeInStage", caller);
    Arguments.notNull("timeInStage", pipeline, "pipeline");
    return runner.read(unit -> unit.pipelineAnalytics().timeInStage(tenant, pipeline));
  }

  @Override
  public Optional<Money> velocity(
      Caller caller,
      PipelineId pipeline,
      Currency currency,
      LocalDate ratesDate,
      ExchangeRates rates) {
    runner.access().requireTenantWide(caller, "pipeline reports (velocity)");
    TenantId tenant = tenant("velocity", caller);
    Arguments.notNull("velocity", pipeline, "pipeline");
    Arguments.notNull("velocity", currency, "currency");
    Arguments.notNull("velocity", ratesDate, "ratesDate");
    Arguments.notNull("velocity", rates, "rates");
    return runner.read(
        unit -> {
          long open =
              unit
                  .pipelineAnalytics()
                  .forecast(tenant, ForecastQuery.all(PeriodUnit.QUARTER).inPipeline(pipeline))
                  .stream()
                  .mapToLong(ForecastLine::count)
                  .sum();
          WinLoss winLoss = new WinLoss(unit.pipelineAnalytics().closedDeals(tenant, pipeline));
          SalesCycle cycle =
              new SalesCycle(unit.pipelineAnalytics().cycleLengths(tenant, pipeline));
          return PipelineVelocity.of(
              open,
              winLoss.averageWonValue(currency, ratesDate, rates),
              winLoss.winRateByCount(),
              cycle.won().averageDays());
        });
  }
}
