package io.rapport.crm.pipeline;

import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One group of a forecast: open opportunities with the same period of expected close, pipeline,
 * owner, stage, forecast category and currency. Amounts of different currencies are never added:
 * each currency is its own line.
 *
 * <ul>
 *   <li>{@code amount} = Σ amount
 *   <li>{@code weightedAmount} = Σ (amount × probability ÷ 100), exact, at the currency's decimals
 *       + 2
 * </ul>
 */
public record ForecastLine(
    LocalDate periodStart,
    PipelineId pipeline,
    EmployeeId owner,
    String stage,
    ForecastCategory category,
    Currency currency,
    long count,
    Money amount,
    BigDecimal weightedAmount) {

  /** The order of forecast lines: period, pipeline id text, owner, stage, category, currency. */
  public static final Comparator<ForecastLine> ORDER =
      Comparator.comparing(ForecastLine::periodStart)
          .thenComparing(line -> line.pipeline().toString())
          .thenComparing(line -> line.owner().value())
          .thenComparing(ForecastLine::stage)
          .thenComparing(ForecastLine::category)
          .thenComparing(line -> line.currency().getCurrencyCode());

  /** Checks presence and normalises the weighted amount's scale. */
  public ForecastLine {
    Checks.notNull(periodStart, "periodStart");
    Checks.notNull(pipeline, "pipeline");
    Checks.notNull(owner, "owner");
    Checks.notNull(stage, "stage");
    Checks.notNull(category, "category");
    Checks.notNull(currency, "currency");
    Checks.argument(count >= 1, "count", "count must be positive");
    Checks.argument(amount.currency().equals(currency), "amount", "amount must be in %s", currency);
    weightedAmount =
        Checks.notNull(weightedAmount, "weightedAmount")
            .setScale(weightedScale(currency), RoundingMode.UNNECESSARY);
  }

  /** The scale of weighted amounts in {@code currency}: its decimals + 2. */
  public static int weightedScale(Currency currency) {
    return Math.max(currency.getDefaultFractionDigits(), 0) + 2;
  }

  /** Σ(amount × percent) ÷ 100, exactly. */
  public static BigDecimal weighted(BigDecimal sumOfAmountTimesPercent) {
    return sumOfAmountTimesPercent.movePointLeft(2);
  }

  /**
   * Lines grouped by a finer period (e.g. months, or single opportunities) folded into {@code
   * unit}'s periods, summed, in {@link #ORDER}.
   */
  public static List<ForecastLine> fold(List<ForecastLine> lines, PeriodUnit unit) {
    Map<List<Object>, ForecastLine> groups = new LinkedHashMap<>();
    for (ForecastLine line : lines) {
      LocalDate period = unit.startOf(line.periodStart());
      List<Object> key =
          List.of(period, line.pipeline, line.owner, line.stage, line.category, line.currency);
      ForecastLine moved =
          new ForecastLine(
              period,
              line.pipeline,
              line.owner,
              line.stage,
              line.category,
              line.currency,
              line.count,
              line.amount,
              line.weightedAmount);
      groups.merge(key, moved, ForecastLine::plus);
    }
    List<ForecastLine> result = new ArrayList<>(groups.values());
    result.sort(ORDER);
    return result;
  }

  private ForecastLine plus(ForecastLine other) {
    return new ForecastLine(
        periodStart,
        pipeline,
        owner,
        stage,
        category,
        currency,
        count + other.count,
        amount.plus(other.amount),
        weightedAmount.add(other.weightedAmount));
  }
}
