package io.rapport.crm.examples.cli.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rapport.crm.analytics.BgNbdModel;
import io.rapport.crm.analytics.GammaGammaModel;
import io.rapport.crm.analytics.LifetimeValue;
import io.rapport.crm.analytics.RepeatBuying;
import io.rapport.crm.analytics.ValueForecast;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link ForecastCache} gives {@link LifetimeValue#forecast}, whether the triple is cached or not.
 */
class ForecastCacheTest {
  private static final BgNbdModel PURCHASES = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);
  private static final GammaGammaModel VALUE = GammaGammaModel.of(6.25, 3.74, 15.44);

  @Property(tries = 300)
  void forecast_anyCustomer_isLifetimeValueForecast(
      @ForAll @IntRange(max = 30) int frequency,
      @ForAll @IntRange(max = 270) int recencyDays,
      @ForAll @IntRange(max = 270) int moreDays,
      @ForAll @DoubleRange(min = 0.01, max = 500) double meanValue,
      @ForAll @IntRange(max = 104) int horizonWeeks,
      @ForAll @DoubleRange(min = 0, max = 0.5) double discountRate) {
    // given
    RepeatBuying customer =
        new RepeatBuying(
            frequency,
            frequency == 0 ? 0 : recencyDays / 7.0,
            (recencyDays + moreDays) / 7.0,
            frequency == 0 ? 0 : meanValue);
    RepeatBuying twin =
        new RepeatBuying(
            customer.frequency(), customer.recencyWeeks(), customer.ageWeeks(), meanValue * 2);
    ForecastCache cache = new ForecastCache(PURCHASES, VALUE, horizonWeeks, discountRate);

    // when
    ValueForecast first = cache.forecast(customer);
    ValueForecast cached = cache.forecast(twin);

    // then
    assertSame(
        first, LifetimeValue.forecast(PURCHASES, VALUE, customer, horizonWeeks, discountRate));
    assertSame(cached, LifetimeValue.forecast(PURCHASES, VALUE, twin, horizonWeeks, discountRate));
  }

  private static void assertSame(ValueForecast actual, ValueForecast expected) {
    assertThat(actual.expectedTransactions()).isEqualTo(expected.expectedTransactions());
    assertThat(actual.probabilityAlive()).isEqualTo(expected.probabilityAlive());
    assertThat(actual.expectedAverageValue()).isEqualTo(expected.expectedAverageValue());
    assertThat(actual.clv()).isCloseTo(expected.clv(), within(1e-9 * (1 + expected.clv())));
  }
}
