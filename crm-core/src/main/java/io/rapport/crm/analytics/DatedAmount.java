package io.rapport.crm.analytics;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import java.time.LocalDate;

/**
 * A dated cash flow or cost line: negative for money going out (an investment), positive for money
 * coming in, as the figure using it says.
 *
 * @param date the day of the flow
 * @param amount the amount
 */
public record DatedAmount(LocalDate date, Money amount) {
  /** Checks presence. */
  public DatedAmount {
    Checks.notNull(date, "date");
    Checks.notNull(amount, "amount");
  }

  /** {@code DatedAmount.of(LocalDate.of(2025, 1, 31), Money.of("-1000.00", "EUR"))}. */
  public static DatedAmount of(LocalDate date, Money amount) {
    return new DatedAmount(date, amount);
  }
}
