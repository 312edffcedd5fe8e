package io.rapport.crm.pipeline;

import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Forecast totals in one reporting currency. Each currency's sum is converted once with the rate of
 * {@code ratesDate} (half-even to the target's decimals), then the converted sums are added:
 *
 * <ul>
 *   <li>{@code commit} = Σ amount of {@link ForecastCategory#COMMIT} lines
 *   <li>{@code bestCase} = Σ amount of COMMIT and BEST_CASE lines
 *   <li>{@code pipeline} = Σ amount of all lines but OMITTED
 *   <li>{@code weighted} = Σ (amount × probability ÷ 100) of all lines but OMITTED
 * </ul>
 */
public record ForecastTotals(
    Currency currency,
    LocalDate ratesDate,
    Money commit,
    Money bestCase,
    Money pipeline,
    Money weighted) {

  /**
   * The totals of {@code lines} in {@code target}.
   *
   * @throws io.rapport.crm.common.MissingExchangeRateException if a line's currency has no rate to
   *     the target on {@code ratesDate}
   */
  public static ForecastTotals of(
      List<ForecastLine> lines, Currency target, LocalDate ratesDate, ExchangeRates rates) {
    Checks.notNull(lines, "lines");
    Checks.notNull(target, "target");
    Checks.notNull(ratesDate, "ratesDate");
    Checks.notNull(rates, "rates");
    return new ForecastTotals(
        target,
        ratesDate,
        total(lines, c -> c == ForecastCategory.COMMIT, false, target, ratesDate, rates),
        total(
            lines,
            c -> c == ForecastCategory.COMMIT || c == ForecastCategory.BEST_CASE,
            false,
            target,
            ratesDate,
            rates),
        total(lines, c -> c != ForecastCategory.OMITTED, false, target, ratesDate, rates),
        total(lines, c -> c != ForecastCategory.OMITTED, true, target, ratesDate, rates));
  }

  private static Money total(
      List<ForecastLine> lines,
      Predicate<ForecastCategory> included,
      boolean weighted,
      Currency target,
      LocalDate date,
      ExchangeRates rates) {
    Map<String, BigDecimal> perCurrency = new TreeMap<>();
    for (ForecastLine line : lines) {
      if (included.test(line.category())) {
        BigDecimal value = weighted ? line.weightedAmount() : line.amount().amount();
        perCurrency.merge(line.currency().getCurrencyCode(), value, BigDecimal::add);
      }
    }
    Money sum = Money.zero(target);
    for (Map.Entry<String, BigDecimal> entry : perCurrency.entrySet()) {
      Currency currency = Currency.getInstance(entry.getKey());
      Money money = Money.of(entry.getValue(), currency, RoundingMode.HALF_EVEN);
      sum = sum.plus(rates.convert(money, target, date));
    }
    return sum;
  }
}
