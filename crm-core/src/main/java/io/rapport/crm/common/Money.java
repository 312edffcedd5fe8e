package io.rapport.crm.common;

import io.rapport.crm.common.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount of one currency. The amount is held at the currency's own number of decimals (2 for
 * EUR, 0 for JPY, 3 for BHD); an amount with more decimals is refused unless the caller names the
 * rounding. Arithmetic across currencies throws {@link CurrencyMismatchException}.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /** Normalises the scale; refuses amounts that would need rounding. */
  public Money {
    Checks.notNull(amount, "amount");
    Checks.notNull(currency, "currency");
    int digits = currency.getDefaultFractionDigits();
    if (digits >= 0) {
      Checks.argument(
          amount.stripTrailingZeros().scale() <= digits,
          "amount",
          "amount has more than %s decimals for %s; round it explicitly",
          digits,
          currency.getCurrencyCode());
      amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }
  }

  /**
   * {@code Money.of("12.50", "EUR")}.
   *
   * @throws InvalidValueException at {@code amount} unless it is a plain decimal number, at {@code
   *     currency} unless the code is an ISO 4217 currency code
   */
  public static Money of(String amount, String currencyCode) {
    return new Money(decimal(amount, "amount"), currency(currencyCode, "currency"));
  }

  /**
   * Parses a decimal number such as {@code -12.50}; the message names {@code field}, never the
   * text.
   *
   * @throws InvalidValueException unless {@code text} is a decimal number
   */
  public static BigDecimal decimal(String text, String field) {
    Checks.notNull(text, field);
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException(field, field + " must be a decimal number");
    }
  }

  /**
   * The currency with the ISO 4217 code {@code code}; the message names {@code field}, never the
   * code.
   *
   * @throws InvalidValueException unless {@code code} is a known ISO 4217 currency code
   */
  public static Currency currency(String code, String field) {
    Checks.notNull(code, field);
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(field, field + " must be an ISO 4217 currency code");
    }
  }

  /** The amount in the currency. */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /** The amount rounded to the currency's decimals with {@code rounding}. */
  public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    return new Money(amount.setScale(digits, rounding), currency);
  }

  /** Zero in the currency. */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /** The sum; both must be of the same currency. */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** The difference; both must be of the same currency. */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** The amount times {@code factor}, rounded with {@code rounding}. */
  public Money times(BigDecimal factor, RoundingMode rounding) {
    return of(amount.multiply(factor), currency, rounding);
  }

  /** The amount with its sign reversed. */
  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Whether the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** Compares amounts of the same currency. */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    Checks.notNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
