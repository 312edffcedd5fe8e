package io.rapport.crm.pipeline;

import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Win/loss figures over groups of closed deals. Rates are ratios in 0..1 with 4 decimals, rounded
 * half-even, and <em>empty</em> when nothing is closed (never a division by zero):
 *
 * <ul>
 *   <li>win rate by count = won ÷ (won + lost)
 *   <li>win rate by value = Σ won value ÷ Σ closed value, both converted to one currency (each
 *       currency's sum converted once at the stated date)
 *   <li>average won value = Σ won value ÷ won, in the reporting currency
 * </ul>
 */
public record WinLoss(List<ClosedDeals> groups) {
  private static final int RATE_SCALE = 4;

  /** Copies the groups. */
  public WinLoss {
    groups = Checks.list(groups, "groups");
  }

  /** Deals won. */
  public long won() {
    return count(ClosedDeals::won);
  }

  /** Deals lost. */
  public long lost() {
    return count(deals -> !deals.won());
  }

  /** won ÷ (won + lost); empty when nothing is closed. */
  public Optional<BigDecimal> winRateByCount() {
    return ratio(won(), won() + lost());
  }

  /**
   * Σ won value ÷ Σ closed value in {@code target} at {@code ratesDate}; empty when the closed
   * value is zero.
   *
   * @throws io.rapport.crm.common.MissingExchangeRateException if a rate is missing
   */
  public Optional<BigDecimal> winRateByValue(
      Currency target, LocalDate ratesDate, ExchangeRates rates) {
    Money wonValue = value(ClosedDeals::won, target, ratesDate, rates);
    Money closedValue = value(deals -> true, target, ratesDate, rates);
    if (closedValue.isZero()) {
      return Optional.empty();
    }
    return Optional.of(
        wonValue.amount().divide(closedValue.amount(), RATE_SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * Σ won value ÷ won deals in {@code target}, half-even; empty when nothing was won.
   *
   * @throws io.rapport.crm.common.MissingExchangeRateException if a rate is missing
   */
  public Optional<Money> averageWonValue(
      Currency target, LocalDate ratesDate, ExchangeRates rates) {
    long won = won();
    if (won == 0) {
      return Optional.empty();
    }
    Money total = value(ClosedDeals::won, target, ratesDate, rates);
    return Optional.of(
        Money.of(
            total.amount().divide(BigDecimal.valueOf(won), 10, RoundingMode.HALF_EVEN),
            target,
            RoundingMode.HALF_EVEN));
  }

  /** The figures of each owner's deals, by owner. */
  public Map<EmployeeId, WinLoss> byOwner() {
    return split(ClosedDeals::owner);
  }

  /** The figures of each source's deals, by source. */
  public Map<DealSource, WinLoss> bySource() {
    return split(ClosedDeals::source);
  }

  /** Lost deals per lost-reason code, codes in order. */
  public Map<String, Long> lostByReason() {
    Map<String, Long> result = new TreeMap<>();
    for (ClosedDeals deals : groups) {
      if (!deals.won()) {
        result.merge(deals.lostReason(), deals.count(), Long::sum);
      }
    }
    return result;
  }

  private <K> Map<K, WinLoss> split(Function<ClosedDeals, K> key) {
    Map<K, List<ClosedDeals>> parts = new TreeMap<>(Comparator.comparing(Object::toString));
    for (ClosedDeals deals : groups) {
      parts.computeIfAbsent(key.apply(deals), k -> new ArrayList<>()).add(deals);
    }
    Map<K, WinLoss> result = new LinkedHashMap<>();
    parts.forEach((k, v) -> result.put(k, new WinLoss(v)));
    return result;
  }

  private long count(Predicate<ClosedDeals> filter) {
    return groups.stream().filter(filter).mapToLong(ClosedDeals::count).sum();
  }

  private Money value(
      Predicate<ClosedDeals> filter, Currency target, LocalDate date, ExchangeRates rates) {
    Map<String, Money> perCurrency = new TreeMap<>();
    for (ClosedDeals deals : groups) {
      if (filter.test(deals)) {
        perCurrency.merge(deals.currency().getCurrencyCode(), deals.value(), Money::plus);
      }
    }
    Money sum = Money.zero(target);
    for (Money money : perCurrency.values()) {
      sum = sum.plus(rates.convert(money, target, date));
    }
    return sum;
  }

  static Optional<BigDecimal> ratio(long part, long whole) {
    if (whole == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(part)
            .divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_EVEN));
  }
}
