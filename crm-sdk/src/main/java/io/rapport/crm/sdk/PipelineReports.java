package io.rapport.crm.sdk;

import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.MissingExchangeRateException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.pipeline.ForecastLine;
import io.rapport.crm.pipeline.ForecastQuery;
import io.rapport.crm.pipeline.ForecastTotals;
import io.rapport.crm.pipeline.FunnelStep;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.pipeline.SalesCycle;
import io.rapport.crm.pipeline.StageDwell;
import io.rapport.crm.pipeline.WinLoss;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Pipeline analytics: forecast, win/loss, sales cycle, funnel, time in stage and velocity. Each
 * call reads the storage's {@link io.rapport.crm.spi.PipelineAnalytics} aggregates (one SQL {@code
 * GROUP BY} per figure on crm-jdbc) in one unit of work; the formulas are documented on the
 * crm-core types returned. Amounts of different currencies are never added: per-currency lines are
 * returned, and totals are converted with the host's dated {@link ExchangeRates}. A null argument
 * is refused with a {@link CommandValidationException} unless stated. Thread-safe.
 */
public interface PipelineReports {

  /** Open opportunities grouped by period, pipeline, owner, stage, category and currency. */
  List<ForecastLine> forecast(Caller caller, ForecastQuery query);

  /**
   * The forecast's commit, best-case, pipeline and weighted totals in {@code currency}, each line's
   * currency converted at the rate of {@code ratesDate}.
   *
   * @throws MissingExchangeRateException if a rate is missing
   */
  ForecastTotals forecastTotals(
      Caller caller,
      ForecastQuery query,
      Currency currency,
      LocalDate ratesDate,
      ExchangeRates rates);

  /** Win/loss figures of closed deals; {@code pipeline} null for all pipelines. */
  WinLoss winLoss(Caller caller, PipelineId pipeline);

  /** Sales-cycle lengths of closed deals; {@code pipeline} null for all pipelines. */
  SalesCycle salesCycle(Caller caller, PipelineId pipeline);

  /**
   * The funnel of the pipeline's latest definition.
   *
   * @throws RecordNotFoundException if there is no such pipeline
   */
  List<FunnelStep> funnel(Caller caller, PipelineId pipeline);

  /** Completed stays per stage of the pipeline, by stage code. */
  List<StageDwell> timeInStage(Caller caller, PipelineId pipeline);

  /**
   * Pipeline velocity in {@code currency} per day: open opportunities × average won deal value ×
   * win rate by count ÷ average sales cycle of won deals in days (see {@link
   * io.rapport.crm.pipeline.PipelineVelocity}); empty when nothing was won.
   *
   * @throws MissingExchangeRateException if a rate is missing
   */
  Optional<Money> velocity(
      Caller caller,
      PipelineId pipeline,
      Currency currency,
      LocalDate ratesDate,
      ExchangeRates rates);
}
