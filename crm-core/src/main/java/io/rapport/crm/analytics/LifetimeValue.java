package io.rapport.crm.analytics;

import io.rapport.crm.common.CurrencyMismatchException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Customer lifetime value, the simple closed forms and the predictive one.
 *
 * <ul>
 *   <li>Simple (infinite horizon, margin at the end of each period, retained with probability
 *       {@code r}, discounted at {@code d} per period): {@code CLV = m · r / (1 + d − r)}, the sum
 *       of {@code m · r^t / (1+d)^t} for {@code t = 1, 2, …}.
 *   <li>Discounted cash flow over a horizon of {@code N} periods with margins {@code m_1 … m_N}:
 *       {@code CLV = Σ_{t=1..N} m_t · r^t / (1+d)^t}; with a constant margin it tends to the simple
 *       form as {@code N} grows.
 *   <li>Predictive: {@link #forecast}, BG/NBD purchases times the Gamma-Gamma value, discounted.
 * </ul>
 */
public final class LifetimeValue {
  private LifetimeValue() {}

  /**
   * {@code m · r / (1 + d − r)}, rounded half-even to the currency's decimals.
   *
   * @throws io.rapport.crm.common.InvalidValueException if {@code r} is outside {@code [0, 1]} or
   *     {@code d} is negative
   */
  public static Money simple(Money marginPerPeriod, double retention, double discountRate) {
    Checks.notNull(marginPerPeriod, "marginPerPeriod");
    checkRates(retention, discountRate);
    BigDecimal factor =
        BigDecimal.valueOf(retention)
            .divide(BigDecimal.valueOf(1 + discountRate - retention), MathContext.DECIMAL64);
    return marginPerPeriod.times(factor, RoundingMode.HALF_EVEN);
  }

  /**
   * {@code Σ_{t=1..N} m_t · r^t / (1+d)^t} over the given margins, rounded half-even at the end.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the margins are empty, {@code r} is
   *     outside {@code [0, 1]} or {@code d} is negative
   * @throws io.rapport.crm.common.CurrencyMismatchException if the margins mix currencies
   */
  public static Money discountedCashFlow(
      List<Money> marginsPerPeriod, double retention, double discountRate) {
    List<Money> margins = Checks.list(marginsPerPeriod, "marginsPerPeriod");
    Checks.argument(!margins.isEmpty(), "marginsPerPeriod", "marginsPerPeriod must not be empty");
    checkRates(retention, discountRate);
    Money first = margins.get(0);
    BigDecimal sum = BigDecimal.ZERO;
    double factor = 1;
    for (Money margin : margins) {
      if (!margin.currency().equals(first.currency())) {
        throw new CurrencyMismatchException(first.currency(), margin.currency());
      }
      factor *= retention / (1 + discountRate);
      sum = sum.add(margin.amount().multiply(BigDecimal.valueOf(factor), MathContext.DECIMAL64));
    }
    return Money.of(sum, first.currency(), RoundingMode.HALF_EVEN);
  }

  /**
   * The predictive forecast of one customer over {@code horizonWeeks}, discounted weekly at an
   * annual rate: {@code CLV = Σ_{k=1..H} E[Z] · (E[Y(k)] − E[Y(k−1)]) / (1+d)^(k/52)}, with {@code
   * E[Y(t)]} the BG/NBD conditional expected purchases in the next {@code t} weeks and {@code E[Z]}
   * the Gamma-Gamma conditional expected value. This is the lifetimes package's {@code
   * customer_lifetime_value} with weekly instead of 30-day steps and an annual instead of a monthly
   * rate; with {@code d = 0} it is {@code E[Z] · E[Y(H)]}.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the horizon is negative or the rate is
   *     negative, or the Gamma-Gamma {@code q <= 1}
   */
  public static ValueForecast forecast(
      BgNbdModel purchases,
      GammaGammaModel value,
      RepeatBuying customer,
      int horizonWeeks,
      double annualDiscountRate) {
    Checks.notNull(purchases, "purchases");
    Checks.notNull(value, "value");
    Checks.notNull(customer, "customer");
    Checks.argument(horizonWeeks >= 0, "horizonWeeks", "horizonWeeks must be >= 0");
    Checks.argument(
        Double.isFinite(annualDiscountRate) && annualDiscountRate >= 0,
        "discountRate",
        "discountRate must be >= 0");
    double averageValue = value.conditionalExpectedAverageValue(customer);
    double clv = 0;
    double previous = 0;
    for (int week = 1; week <= horizonWeeks; week++) {
      double expected = purchases.conditionalExpectedTransactions(week, customer);
      clv += averageValue * (expected - previous) / Math.pow(1 + annualDiscountRate, week / 52.0);
      previous = expected;
    }
    return new ValueForecast(previous, purchases.probabilityAlive(customer), averageValue, clv);
  }

  private static void checkRates(double retention, double discountRate) {
    Checks.argument(retention >= 0 && retention <= 1, "retention", "retention must be 0..1");
    Checks.argument(
        Double.isFinite(discountRate) && discountRate >= 0,
        "discountRate",
        "discountRate must be >= 0");
  }
}
