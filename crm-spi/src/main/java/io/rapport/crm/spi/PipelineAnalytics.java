package io.rapport.crm.spi;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.pipeline.ClosedDeals;
import io.rapport.crm.pipeline.CycleLengthCount;
import io.rapport.crm.pipeline.ForecastLine;
import io.rapport.crm.pipeline.ForecastQuery;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.pipeline.StageDwell;
import io.rapport.crm.pipeline.StageReach;
import java.util.List;

/**
 * Aggregates over a tenant's opportunities and stage history, the raw figures of forecasts,
 * win/loss, sales cycle, funnel and time in stage. Adapters that declare {@link
 * StorageFeature#QUERY_PUSHDOWN} compute each method in one query inside the store, whatever the
 * number of rows; every adapter returns exactly the same values, in the documented order. The
 * formulas over these figures live in crm-core ({@link io.rapport.crm.pipeline.ForecastTotals},
 * {@link io.rapport.crm.pipeline.WinLoss}, {@link io.rapport.crm.pipeline.SalesCycle}, {@link
 * io.rapport.crm.pipeline.Funnel}, {@link io.rapport.crm.pipeline.PipelineVelocity}). Arguments
 * must not be null unless stated. Thread-safety is that of the unit of work.
 */
public interface PipelineAnalytics {

  /**
   * Open opportunities whose expected close date the query covers, grouped by period of expected
   * close, pipeline, owner, stage, forecast category and currency, in {@link ForecastLine#ORDER}.
   */
  List<ForecastLine> forecast(TenantId tenant, ForecastQuery query);

  /**
   * Won and lost opportunities grouped by outcome, owner, source, lost reason and value currency,
   * in {@link ClosedDeals#ORDER}.
   *
   * @param pipeline only this pipeline; null for all
   */
  List<ClosedDeals> closedDeals(TenantId tenant, PipelineId pipeline);

  /**
   * The histogram of sales-cycle lengths (days from the opening day to the won or lost day) of
   * closed opportunities, in {@link CycleLengthCount#ORDER}.
   *
   * @param pipeline only this pipeline; null for all
   */
  List<CycleLengthCount> cycleLengths(TenantId tenant, PipelineId pipeline);

  /**
   * How many opportunities of the pipeline have each furthest reached position (open or won stages
   * only, over the whole history), ordered by position.
   */
  List<StageReach> funnel(TenantId tenant, PipelineId pipeline);

  /**
   * Completed stays per stage code of the pipeline (from the stage history: each entry ends a stay
   * in its {@code fromStage}), ordered by stage code.
   */
  List<StageDwell> timeInStage(TenantId tenant, PipelineId pipeline);
}
