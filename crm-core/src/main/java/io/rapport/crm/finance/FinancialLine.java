package io.rapport.crm.finance;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.time.LocalDate;

/**
 * A dated revenue or cost line of one customer, optionally for one product: what customer
 * profitability and ROI add up. The kind decides the side ({@link LineKind#type()}) and the sign
 * rule: costs, fees and commissions are never negative; a net interest margin may be.
 *
 * @param key the core-banking line id
 * @param customer the customer
 * @param product the product the line belongs to; null for customer-level lines
 * @param kind what the line is for
 * @param day the booking day, in the years 1900 to 9999
 * @param amount the amount, at most 18 integer digits, in a currency with fixed decimals
 */
public record FinancialLine(
    ExternalKey key,
    CustomerId customer,
    ProductType product,
    LineKind kind,
    LocalDate day,
    Money amount)
    implements FinancialEvent {

  /** Checks presence, day range, amount size and sign. */
  public FinancialLine {
    Checks.notNull(key, "externalKey");
    Checks.notNull(customer, "customer");
    Checks.notNull(kind, "kind");
    Amounts.day(day);
    Amounts.storable(amount);
    Checks.argument(
        kind.mayBeNegative() || !amount.isNegative(),
        "amount",
        "amount of a %s line must not be negative",
        kind);
  }

  /**
   * A revenue line.
   *
   * @throws io.rapport.crm.common.InvalidValueException if {@code kind} is a cost kind, or as the
   *     constructor
   */
  public static FinancialLine revenue(
      ExternalKey key,
      CustomerId customer,
      ProductType product,
      LineKind kind,
      LocalDate day,
      Money amount) {
    requireType(kind, FinancialEventType.REVENUE);
    return new FinancialLine(key, customer, product, kind, day, amount);
  }

  /**
   * A cost line.
   *
   * @throws io.rapport.crm.common.InvalidValueException if {@code kind} is a revenue kind, or as
   *     the constructor
   */
  public static FinancialLine cost(
      ExternalKey key,
      CustomerId customer,
      ProductType product,
      LineKind kind,
      LocalDate day,
      Money amount) {
    requireType(kind, FinancialEventType.COST);
    return new FinancialLine(key, customer, product, kind, day, amount);
  }

  private static void requireType(LineKind kind, FinancialEventType type) {
    Checks.notNull(kind, "kind");
    Checks.argument(kind.type() == type, "kind", "kind must be a %s kind", type);
  }

  /** {@link FinancialEventType#REVENUE} or {@link FinancialEventType#COST}, from the kind. */
  @Override
  public FinancialEventType type() {
    return kind.type();
  }
}
