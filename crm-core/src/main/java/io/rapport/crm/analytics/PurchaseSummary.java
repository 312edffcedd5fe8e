package io.rapport.crm.analytics;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One customer's purchase history up to {@code observationEnd}, reduced to what the
 * buy-till-you-die models (BG/NBD, Gamma-Gamma) and RFM read. Storage adapters compute it in the
 * database; it never needs the transactions themselves.
 *
 * <p>Purchases on the same calendar day count as one purchase day whose value is the sum of that
 * day's amounts. The first purchase day starts the customer's clock: {@link #frequency()} counts
 * the repeat purchase days, {@link #recencyWeeks()} is the time from the first to the last purchase
 * day and {@link #ageWeeks()} from the first purchase day to the end of observation, in weeks of 7
 * days. All amounts are in one currency, which the caller knows.
 *
 * @param customer the customer
 * @param firstPurchase the first purchase day
 * @param lastPurchase the last purchase day, on or after the first and on or before the end
 * @param purchaseDays the number of distinct purchase days, at least 1
 * @param totalValue the sum of all purchase amounts
 * @param firstDayValue the sum of the amounts of the first purchase day
 * @param observationEnd the last day observed (for CDNOW's calibration period, 1997-09-30)
 */
public record PurchaseSummary(
    CustomerId customer,
    LocalDate firstPurchase,
    LocalDate lastPurchase,
    int purchaseDays,
    BigDecimal totalValue,
    BigDecimal firstDayValue,
    LocalDate observationEnd) {

  /** Checks that the dates are ordered and the counts and amounts consistent. */
  public PurchaseSummary {
    Checks.notNull(customer, "customer");
    Checks.notNull(firstPurchase, "firstPurchase");
    Checks.notNull(lastPurchase, "lastPurchase");
    Checks.notNull(totalValue, "totalValue");
    Checks.notNull(firstDayValue, "firstDayValue");
    Checks.notNull(observationEnd, "observationEnd");
    Checks.argument(
        !lastPurchase.isBefore(firstPurchase),
        "lastPurchase",
        "lastPurchase must not be before firstPurchase");
    Checks.argument(
        !observationEnd.isBefore(lastPurchase),
        "observationEnd",
        "observationEnd must not be before lastPurchase");
    Checks.argument(purchaseDays >= 1, "purchaseDays", "purchaseDays must be at least 1");
    Checks.argument(
        purchaseDays == 1 || lastPurchase.isAfter(firstPurchase),
        "purchaseDays",
        "purchaseDays must be 1 when the first and last purchase are on the same day");
  }

  /** The number of repeat purchase days ({@code x} in the BG/NBD papers). */
  public int frequency() {
    return purchaseDays - 1;
  }

  /** Weeks from the first to the last purchase day ({@code t_x}). */
  public double recencyWeeks() {
    return ChronoUnit.DAYS.between(firstPurchase, lastPurchase) / 7.0;
  }

  /** Weeks from the first purchase day to the end of observation ({@code T}). */
  public double ageWeeks() {
    return ChronoUnit.DAYS.between(firstPurchase, observationEnd) / 7.0;
  }

  /**
   * The mean value of the repeat purchase days ({@code z-bar} of the Gamma-Gamma model), or zero
   * when there is no repeat purchase.
   */
  public BigDecimal meanRepeatValue() {
    if (purchaseDays == 1) {
      return BigDecimal.ZERO;
    }
    return totalValue
        .subtract(firstDayValue)
        .divide(BigDecimal.valueOf(purchaseDays - 1L), MathContext.DECIMAL64);
  }
}
