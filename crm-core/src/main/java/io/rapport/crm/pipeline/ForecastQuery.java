package io.rapport.crm.pipeline;

import io.rapport.crm.common.internal.Checks;
import java.time.LocalDate;

/**
 * Which open opportunities a forecast covers and how it groups them.
 *
 * @param unit month or quarter of the expected close date
 * @param from first expected close day included; null for no lower bound
 * @param to last expected close day included; null for no upper bound
 * @param pipeline only this pipeline; null for all
 */
public record ForecastQuery(PeriodUnit unit, LocalDate from, LocalDate to, PipelineId pipeline) {
  /** Checks the unit and the date order. */
  public ForecastQuery {
    Checks.notNull(unit, "unit");
    Checks.argument(
        from == null || to == null || !to.isBefore(from), "to", "to must not be before from");
  }

  /** Every open opportunity of every pipeline, by {@code unit}. */
  public static ForecastQuery all(PeriodUnit unit) {
    return new ForecastQuery(unit, null, null, null);
  }

  /** Open opportunities expected to close from {@code from} to {@code to}, by {@code unit}. */
  public static ForecastQuery between(PeriodUnit unit, LocalDate from, LocalDate to) {
    return new ForecastQuery(unit, from, to, null);
  }

  /** This query restricted to one pipeline. */
  public ForecastQuery inPipeline(PipelineId value) {
    return new ForecastQuery(unit, from, to, value);
  }

  /** Whether an expected close day lies in the query's range. */
  public boolean covers(LocalDate expectedClose) {
    return (from == null || !expectedClose.isBefore(from))
        && (to == null || !expectedClose.isAfter(to));
  }
}
