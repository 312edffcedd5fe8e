package io.rapport.crm.analytics;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One dated purchase of a customer, the raw input of {@link PurchaseSummaries}. Amounts are in one
 * currency, which the caller knows.
 *
 * @param customer the buyer
 * @param day the purchase day
 * @param amount the amount, at least zero
 */
public record Purchase(CustomerId customer, LocalDate day, BigDecimal amount) {

  /** Checks presence and a non-negative amount. */
  public Purchase {
    Checks.notNull(customer, "customer");
    Checks.notNull(day, "day");
    Checks.notNull(amount, "amount");
    Checks.argument(amount.signum() >= 0, "amount", "amount must be >= 0");
  }
}
