package io.rapport.crm.finance;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Guards shared by the financial events. */
final class Amounts {
  /** Integer digits every storage adapter holds exactly. */
  static final int MAX_INTEGER_DIGITS = 18;

  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 9999;

  private Amounts() {}

  /** Refuses currencies without decimals of their own and amounts too large to store. */
  static Money storable(Money amount) {
    Checks.notNull(amount, "amount");
    Checks.argument(
        amount.currency().getDefaultFractionDigits() >= 0,
        "amount",
        "amount must be in a currency with a fixed number of decimals");
    BigDecimal value = amount.amount();
    Checks.argument(
        value.precision() - value.scale() <= MAX_INTEGER_DIGITS,
        "amount",
        "amount must have at most %s integer digits",
        MAX_INTEGER_DIGITS);
    return amount;
  }

  /** Refuses days outside the years 1900 to 9999. */
  static LocalDate day(LocalDate day) {
    Checks.notNull(day, "day");
    Checks.argument(
        day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR,
        "day",
        "day must be in the years %s to %s",
        FIRST_YEAR,
        LAST_YEAR);
    return day;
  }
}
