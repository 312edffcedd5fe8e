package io.rapport.crm.common;

import io.rapport.crm.common.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable table of exchange rates, each valid from its date until the next rate of the same
 * pair. The rate on a date is the latest one dated on or before it; a date before the first rate
 * has none. When only the opposite pair is known, its reciprocal is used (to 16 significant
 * digits). Thread-safe.
 */
public final class DatedExchangeRates implements ExchangeRates {
  private static final MathContext RECIPROCAL = MathContext.DECIMAL64;
  private final Map<Pair, NavigableMap<LocalDate, BigDecimal>> rates;

  private DatedExchangeRates(Map<Pair, NavigableMap<LocalDate, BigDecimal>> rates) {
    this.rates = rates;
  }

  static Builder builder() {
    return new Builder();
  }

  @Override
  public Optional<BigDecimal> rate(Currency from, Currency to, LocalDate date) {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.notNull(date, "date");
    Optional<BigDecimal> direct = lookup(new Pair(from, to), date);
    if (direct.isPresent()) {
      return direct;
    }
    return lookup(new Pair(to, from), date).map(r -> BigDecimal.ONE.divide(r, RECIPROCAL));
  }

  private Optional<BigDecimal> lookup(Pair pair, LocalDate date) {
    NavigableMap<LocalDate, BigDecimal> series = rates.get(pair);
    if (series == null) {
      return Optional.empty();
    }
    Map.Entry<LocalDate, BigDecimal> entry = series.floorEntry(date);
    return entry == null ? Optional.empty() : Optional.of(entry.getValue());
  }

  @Override
  public String toString() {
    return "DatedExchangeRates[pairs=" + rates.size() + "]";
  }

  private record Pair(Currency from, Currency to) {}

  /** Collects rates; not thread-safe. */
  public static final class Builder {
    private final Map<Pair, NavigableMap<LocalDate, BigDecimal>> rates = new HashMap<>();

    private Builder() {}

    /**
     * One unit of {@code from} is worth {@code rate} units of {@code to} from {@code validFrom}.
     *
     * @throws InvalidValueException if the rate is not positive, the currencies are the same, or
     *     the pair already has a rate on that date
     */
    public Builder rate(Currency from, Currency to, LocalDate validFrom, BigDecimal rate) {
      Checks.notNull(from, "from");
      Checks.notNull(to, "to");
      Checks.notNull(validFrom, "validFrom");
      Checks.notNull(rate, "rate");
      Checks.argument(rate.signum() > 0, "rate", "rate must be positive");
      Checks.argument(!from.equals(to), "to", "a rate needs two different currencies");
      BigDecimal previous =
          rates
              .computeIfAbsent(new Pair(from, to), p -> new TreeMap<>())
              .putIfAbsent(validFrom, rate);
      Checks.argument(
          previous == null, "validFrom", "a currency pair has one rate per validFrom day");
      return this;
    }

    /** {@code rate("EUR", "USD", date, "1.0850")}. */
    public Builder rate(String from, String to, LocalDate validFrom, String rate) {
      return rate(
          Currency.getInstance(from), Currency.getInstance(to), validFrom, new BigDecimal(rate));
    }

    /** The table; later changes to the builder do not affect it. */
    public DatedExchangeRates build() {
      Map<Pair, NavigableMap<LocalDate, BigDecimal>> copy = new HashMap<>();
      rates.forEach((pair, series) -> copy.put(pair, new TreeMap<>(series)));
      return new DatedExchangeRates(Map.copyOf(copy));
    }
  }
}
