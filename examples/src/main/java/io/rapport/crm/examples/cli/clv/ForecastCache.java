package io.rapport.crm.examples.cli.clv;

import io.rapport.crm.analytics.BgNbdModel;
import io.rapport.crm.analytics.GammaGammaModel;
import io.rapport.crm.analytics.LifetimeValue;
import io.rapport.crm.analytics.RepeatBuying;
import io.rapport.crm.analytics.ValueForecast;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link LifetimeValue#forecast} for many customers: the BG/NBD terms — {@code E[Y(H)]}, P(alive)
 * and the discounted sum {@code Σ_{k=1..H} (E[Y(k)] − E[Y(k−1)]) / (1+d)^(k/52)} — depend only on
 * {@code (x, t_x, T)}, which many customers share, so they are computed once per distinct triple
 * and multiplied by each customer's Gamma-Gamma {@code E[Z]}. The result equals {@code
 * LifetimeValue.forecast} up to rounding in the last digits. At most {@value #CAPACITY} triples are
 * kept; the cache starts afresh when full, so memory stays bounded.
 */
final class ForecastCache {
  static final int CAPACITY = 200_000;

  private record Triple(int frequency, double recencyWeeks, double ageWeeks) {
    /** Mixes all bits: weeks of whole days hash poorly with the record default and crowd bins. */
    @Override
    public int hashCode() {
      long bits =
          Double.doubleToLongBits(recencyWeeks) * 0x9E3779B97F4A7C15L
              + Double.doubleToLongBits(ageWeeks) * 0xC2B2AE3D27D4EB4FL
              + frequency;
      bits ^= bits >>> 29;
      bits *= 0xBF58476D1CE4E5B9L;
      return (int) (bits ^ (bits >>> 32));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Triple that
          && frequency == that.frequency
          && Double.compare(recencyWeeks, that.recencyWeeks) == 0
          && Double.compare(ageWeeks, that.ageWeeks) == 0;
    }
  }

  private record Terms(
      double expectedTransactions, double probabilityAlive, double discountedIncrements) {}

  private final BgNbdModel purchases;
  private final GammaGammaModel value;
  private final int horizonWeeks;
  private final double discountRate;
  private final Map<Triple, Terms> terms = new HashMap<>();

  /** {@code value} may be null: the forecasts then have zero average value and CLV. */
  ForecastCache(
      BgNbdModel purchases, GammaGammaModel value, int horizonWeeks, double discountRate) {
    this.purchases = purchases;
    this.value = value;
    this.horizonWeeks = horizonWeeks;
    this.discountRate = discountRate;
  }

  ValueForecast forecast(RepeatBuying customer) {
    Triple triple = new Triple(customer.frequency(), customer.recencyWeeks(), customer.ageWeeks());
    Terms known = terms.get(triple);
    if (known == null) {
      if (terms.size() >= CAPACITY) {
        terms.clear();
      }
      known = terms(customer);
      terms.put(triple, known);
    }
    double averageValue = value == null ? 0 : value.conditionalExpectedAverageValue(customer);
    return new ValueForecast(
        known.expectedTransactions(),
        known.probabilityAlive(),
        averageValue,
        averageValue * known.discountedIncrements());
  }

  private Terms terms(RepeatBuying customer) {
    double sum = 0;
    double previous = 0;
    for (int week = 1; week <= horizonWeeks; week++) {
      double expected = purchases.conditionalExpectedTransactions(week, customer);
      sum += (expected - previous) / Math.pow(1 + discountRate, week / 52.0);
      previous = expected;
    }
    return new Terms(previous, purchases.probabilityAlive(customer), sum);
  }
}
