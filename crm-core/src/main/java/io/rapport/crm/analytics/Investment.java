package io.rapport.crm.analytics;

import io.rapport.crm.common.CurrencyMismatchException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Investment figures for campaigns, products and technology: ROI, annualised ROI, payback period,
 * NPV and total cost of ownership. Day counts are actual/365. Mixing currencies throws {@link
 * CurrencyMismatchException}.
 *
 * <ul>
 *   <li>{@code ROI = (gain − cost) / cost}
 *   <li>{@code annualised ROI = (1 + ROI)^(365 / days) − 1}
 *   <li>{@code NPV = Σ CF_i / (1 + rate)^(days(t_0, t_i) / 365)}, {@code t_0} the earliest flow
 *   <li>payback: the first day on which the cumulative undiscounted flow, in date order, is ≥ 0
 *   <li>{@code TCO = Σ cost lines dated in [from, to]}
 * </ul>
 */
public final class Investment {
  private Investment() {}

  /**
   * {@code (gain − cost) / cost}, e.g. 0.25 for 25 %.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the cost is not positive
   */
  public static BigDecimal roi(Money gain, Money cost) {
    Checks.notNull(gain, "gain");
    Checks.notNull(cost, "cost");
    Checks.argument(cost.amount().signum() > 0, "cost", "cost must be positive");
    return gain.minus(cost).amount().divide(cost.amount(), MathContext.DECIMAL64);
  }

  /**
   * {@code (1 + ROI)^(365 / days) − 1} for an ROI earned over {@code days} days.
   *
   * @throws io.rapport.crm.common.InvalidValueException if days is not positive or ROI ≤ −1
   */
  public static double annualisedRoi(BigDecimal roi, long days) {
    Checks.notNull(roi, "roi");
    Checks.argument(days > 0, "days", "days must be positive");
    Checks.argument(roi.doubleValue() > -1, "roi", "roi must be > -1");
    return Math.pow(1 + roi.doubleValue(), 365.0 / days) - 1;
  }

  /**
   * The net present value of the flows at an annual {@code rate}, discounted to the earliest flow's
   * date and rounded half-even to the currency.
   *
   * @throws io.rapport.crm.common.InvalidValueException if there are no flows or rate ≤ −1
   */
  public static Money npv(List<DatedAmount> flows, double rate) {
    List<DatedAmount> sorted = sorted(flows);
    Checks.argument(rate > -1, "rate", "rate must be > -1");
    LocalDate start = sorted.get(0).date();
    BigDecimal sum = BigDecimal.ZERO;
    for (DatedAmount flow : sorted) {
      double years = ChronoUnit.DAYS.between(start, flow.date()) / 365.0;
      BigDecimal factor = BigDecimal.valueOf(Math.pow(1 + rate, -years));
      sum = sum.add(flow.amount().amount().multiply(factor, MathContext.DECIMAL64));
    }
    return Money.of(sum, sorted.get(0).amount().currency(), RoundingMode.HALF_EVEN);
  }

  /**
   * The day on which the cumulative flow (in date order) first reaches zero or more after having
   * been negative, or empty when it never pays back.
   */
  public static Optional<LocalDate> paybackDate(List<DatedAmount> flows) {
    List<DatedAmount> sorted = sorted(flows);
    Money cumulative = Money.zero(sorted.get(0).amount().currency());
    boolean invested = false;
    for (DatedAmount flow : sorted) {
      cumulative = cumulative.plus(flow.amount());
      invested |= cumulative.isNegative();
      if (invested && !cumulative.isNegative()) {
        return Optional.of(flow.date());
      }
    }
    return Optional.empty();
  }

  /** Days from the earliest flow to {@link #paybackDate}, or empty when it never pays back. */
  public static Optional<Long> paybackDays(List<DatedAmount> flows) {
    LocalDate start = sorted(flows).get(0).date();
    return paybackDate(flows).map(day -> ChronoUnit.DAYS.between(start, day));
  }

  /**
   * The sum of the cost lines dated from {@code from} to {@code to} inclusive, in {@code currency}.
   */
  public static Money totalCostOfOwnership(
      List<DatedAmount> costLines, LocalDate from, LocalDate to, Currency currency) {
    Checks.notNull(costLines, "costLines");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.argument(!to.isBefore(from), "to", "to %s is before from %s", to, from);
    Money total = Money.zero(currency);
    for (DatedAmount line : Checks.list(costLines, "costLines")) {
      if (!line.date().isBefore(from) && !line.date().isAfter(to)) {
        total = total.plus(line.amount());
      }
    }
    return total;
  }

  private static List<DatedAmount> sorted(List<DatedAmount> flows) {
    List<DatedAmount> checked = Checks.list(flows, "flows");
    Checks.argument(!checked.isEmpty(), "flows", "flows must not be empty");
    Money first = checked.get(0).amount();
    checked.forEach(f -> first.plus(f.amount())); // throws on a currency mismatch
    return checked.stream().sorted(Comparator.comparing(DatedAmount::date)).toList();
  }
}
