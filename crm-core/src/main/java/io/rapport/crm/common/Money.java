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
          "amount %s has more than %s decimals for %s; round it explicitly",
          amount.toPlainString(),
          digits,
          currency.getCurrencyCode());
      amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }
  }

  /** {@code Money.of("12.50", "EUR")}. */
  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
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
