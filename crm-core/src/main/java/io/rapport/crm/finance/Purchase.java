package io.rapport.crm.finance;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.time.LocalDate;

/**
 * A purchase (transaction) of one customer on one day, as the lifetime-value and RFM models read
 * it. Purchases of the same day count as one purchase day in {@link
 * io.rapport.crm.analytics.PurchaseSummary}.
 *
 * @param key the core-banking transaction id
 * @param customer the customer
 * @param day the day of the purchase, in the years 1900 to 9999
 * @param amount the value, never negative (a refund is not a purchase), at most 18 integer digits
 */
public record Purchase(ExternalKey key, CustomerId customer, LocalDate day, Money amount)
    implements FinancialEvent {

  /** Checks presence, day range, amount size and sign. */
  public Purchase {
    Checks.notNull(key, "externalKey");
    Checks.notNull(customer, "customer");
    Amounts.day(day);
    Amounts.storable(amount);
    Checks.argument(!amount.isNegative(), "amount", "amount of a purchase must not be negative");
  }

  /** {@code Purchase.of(key, customer, day, Money.of("12.50", "EUR"))}. */
  public static Purchase of(ExternalKey key, CustomerId customer, LocalDate day, Money amount) {
    return new Purchase(key, customer, day, amount);
  }

  /** {@link FinancialEventType#PURCHASE}. */
  @Override
  public FinancialEventType type() {
    return FinancialEventType.PURCHASE;
  }
}
