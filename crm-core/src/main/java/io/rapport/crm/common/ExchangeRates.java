package io.rapport.crm.common;

import io.rapport.crm.common.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * Dated exchange rates supplied by the host (its treasury or market-data feed). Rapport never sums
 * amounts of different currencies: every multi-currency total converts each amount with the rate
 * valid on a stated date, and a missing rate is an error, not a silent zero or a skipped amount.
 *
 * <p>Implementations must be thread-safe and answer the same question the same way, so that figures
 * are reproducible. {@link #dated()} builds an immutable table of rates.
 */
@FunctionalInterface
public interface ExchangeRates {

  /**
   * The factor that turns an amount of {@code from} into {@code to} on {@code date}: {@code to =
   * from × rate}. Empty when no rate is known. For {@code from == to} implementations may return
   * anything; {@link #convert} never asks.
   */
  Optional<BigDecimal> rate(Currency from, Currency to, LocalDate date);

  /**
   * {@code money} in {@code target} at the rate of {@code date}, rounded half-even to the target's
   * decimals; {@code money} itself when it already is in {@code target}.
   *
   * @throws MissingExchangeRateException if no rate is known for the pair on that date
   */
  default Money convert(Money money, Currency target, LocalDate date) {
    Checks.notNull(money, "money");
    Checks.notNull(target, "target");
    Checks.notNull(date, "date");
    if (money.currency().equals(target)) {
      return money;
    }
    BigDecimal factor =
        rate(money.currency(), target, date)
            .orElseThrow(() -> new MissingExchangeRateException(money.currency(), target, date));
    return Money.of(money.amount().multiply(factor), target, RoundingMode.HALF_EVEN);
  }

  /** Rates that only know the identity: converting between two currencies always throws. */
  static ExchangeRates none() {
    return (from, to, date) -> Optional.empty();
  }

  /** A builder of an immutable table of dated rates. */
  static DatedExchangeRates.Builder dated() {
    return DatedExchangeRates.builder();
  }
}
