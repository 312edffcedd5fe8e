package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.pipeline.ClosedDeals;
import io.rapport.crm.pipeline.CycleLengthCount;
import io.rapport.crm.pipeline.DealSource;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.ForecastLine;
import io.rapport.crm.pipeline.ForecastQuery;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.pipeline.StageDwell;
import io.rapport.crm.pipeline.StageKind;
import io.rapport.crm.pipeline.StageReach;
import io.rapport.crm.spi.PipelineAnalytics;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * {@link PipelineAnalytics} pushed down as SQL: each method is one {@code GROUP BY} statement
 * whatever the number of opportunities, returning one row per group. The forecast is grouped by
 * calendar month of the expected close date in SQL and folded into quarters in Java; sums of
 * amounts are exact decimals. The sales-cycle median is computed from the grouped histogram of
 * cycle lengths, so every database gives the same number.
 */
final class JdbcPipelineAnalytics implements PipelineAnalytics {
  private static final String OPEN = EnumLiterals.of(StageKind.OPEN);
  private static final String FORECAST =
      """
      SELECT EXTRACT(YEAR FROM expected_close) AS close_year,
             EXTRACT(MONTH FROM expected_close) AS close_month,
             pipeline_id, owner_id, stage, forecast_category, currency,
             COUNT(*) AS deals, SUM(amount) AS total, SUM(amount * probability) AS weighted
      FROM rapport_opportunity
      WHERE tenant_id = ? AND status = %s %%s
      GROUP BY EXTRACT(YEAR FROM expected_close), EXTRACT(MONTH FROM expected_close),
               pipeline_id, owner_id, stage, forecast_category, currency"""
          .formatted(OPEN);
  private static final String CLOSED_DEALS =
      """
      SELECT status, owner_id, source_kind, lost_reason_code, closed_currency,
             COUNT(*) AS deals, SUM(closed_amount) AS total
      FROM rapport_opportunity
      WHERE tenant_id = ? AND status <> %s %%s
      GROUP BY status, owner_id, source_kind, lost_reason_code, closed_currency"""
          .formatted(OPEN);
  private static final String CYCLE_LENGTHS =
      """
      SELECT status, cycle_days, COUNT(*) AS deals
      FROM rapport_opportunity
      WHERE tenant_id = ? AND status <> %s %%s
      GROUP BY status, cycle_days"""
          .formatted(OPEN);
  private static final String FUNNEL =
      """
      SELECT furthest, COUNT(*) AS deals
      FROM (
          SELECT opportunity_id, MAX(to_position) AS furthest
          FROM rapport_stage_change
          WHERE tenant_id = ? AND pipeline_id = ? AND to_kind <> %s
          GROUP BY opportunity_id) reached
      GROUP BY furthest
      ORDER BY furthest"""
          .formatted(EnumLiterals.of(StageKind.LOST));
  private static final String TIME_IN_STAGE =
      """
      SELECT from_stage, COUNT(*) AS stays, SUM(seconds_in_from_stage) AS seconds
      FROM rapport_stage_change
      WHERE tenant_id = ? AND pipeline_id = ? AND from_stage IS NOT NULL
      GROUP BY from_stage""";
  private static final String IN_PIPELINE = "AND pipeline_id = ?";

  private final JdbcUnit unit;

  JdbcPipelineAnalytics(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public List<ForecastLine> forecast(TenantId tenant, ForecastQuery query) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(query, "query");
    List<String> filters = new ArrayList<>();
    if (query.pipeline() != null) {
      filters.add(IN_PIPELINE);
    }
    if (query.from() != null) {
      filters.add("AND expected_close >= ?");
    }
    if (query.to() != null) {
      filters.add("AND expected_close <= ?");
    }
    List<ForecastLine> monthly =
        sql.read(
            "compute a forecast",
            () ->
                sql.query(
                    FORECAST.formatted(String.join(" ", filters)),
                    p -> {
                      p.id(tenant);
                      if (query.pipeline() != null) {
                        p.id(query.pipeline());
                      }
                      if (query.from() != null) {
                        p.date(query.from());
                      }
                      if (query.to() != null) {
                        p.date(query.to());
                      }
                    },
                    row -> {
                      Currency currency = Currency.getInstance(row.getString("currency"));
                      return new ForecastLine(
                          LocalDate.of(row.getInt("close_year"), row.getInt("close_month"), 1),
                          PipelineId.of(row.getString("pipeline_id")),
                          EmployeeId.of(row.getString("owner_id")),
                          row.getString("stage"),
                          Columns.enumValue(row, "forecast_category", ForecastCategory.class),
                          currency,
                          row.getLong("deals"),
                          exact(row.getBigDecimal("total"), currency),
                          ForecastLine.weighted(row.getBigDecimal("weighted")));
                    }));
    return ForecastLine.fold(monthly, query.unit());
  }

  @Override
  public List<ClosedDeals> closedDeals(TenantId tenant, PipelineId pipeline) {
    Sql sql = unit.enter(tenant);
    String filter = pipeline == null ? "" : IN_PIPELINE;
    List<ClosedDeals> result =
        sql.read(
            "compute closed deals",
            () ->
                sql.query(
                    CLOSED_DEALS.formatted(filter),
                    p -> bindScope(p, tenant, pipeline),
                    row -> {
                      Currency currency = Currency.getInstance(row.getString("closed_currency"));
                      return new ClosedDeals(
                          Columns.enumValue(row, "status", StageKind.class),
                          EmployeeId.of(row.getString("owner_id")),
                          Columns.enumValue(row, "source_kind", DealSource.class),
                          row.getString("lost_reason_code"),
                          currency,
                          row.getLong("deals"),
                          exact(row.getBigDecimal("total"), currency));
                    }));
    return sorted(result, ClosedDeals.ORDER);
  }

  @Override
  public List<CycleLengthCount> cycleLengths(TenantId tenant, PipelineId pipeline) {
    Sql sql = unit.enter(tenant);
    String filter = pipeline == null ? "" : IN_PIPELINE;
    List<CycleLengthCount> result =
        sql.read(
            "compute sales-cycle lengths",
            () ->
                sql.query(
                    CYCLE_LENGTHS.formatted(filter),
                    p -> bindScope(p, tenant, pipeline),
                    row ->
                        new CycleLengthCount(
                            Columns.enumValue(row, "status", StageKind.class),
                            row.getLong("cycle_days"),
                            row.getLong("deals"))));
    return sorted(result, CycleLengthCount.ORDER);
  }

  @Override
  public List<StageReach> funnel(TenantId tenant, PipelineId pipeline) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(pipeline, "pipeline");
    return sql.read(
        "compute a funnel",
        () ->
            sql.query(
                FUNNEL,
                p -> p.id(tenant).id(pipeline),
                row -> new StageReach(row.getInt("furthest"), row.getLong("deals"))));
  }

  @Override
  public List<StageDwell> timeInStage(TenantId tenant, PipelineId pipeline) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(pipeline, "pipeline");
    List<StageDwell> result =
        sql.read(
            "compute time in stage",
            () ->
                sql.query(
                    TIME_IN_STAGE,
                    p -> p.id(tenant).id(pipeline),
                    row ->
                        new StageDwell(
                            row.getString("from_stage"),
                            row.getLong("stays"),
                            row.getLong("seconds"))));
    return sorted(result, StageDwell.ORDER);
  }

  private static void bindScope(Params p, TenantId tenant, PipelineId pipeline)
      throws SQLException {
    p.id(tenant);
    if (pipeline != null) {
      p.id(pipeline);
    }
  }

  private static <T> List<T> sorted(List<T> rows, Comparator<T> order) {
    List<T> result = new ArrayList<>(rows);
    result.sort(order);
    return result;
  }

  /** A sum of amounts at the currency's decimals (exact: every summand has at most those). */
  private static Money exact(BigDecimal sum, Currency currency) {
    return new Money(sum.stripTrailingZeros(), currency);
  }
}
