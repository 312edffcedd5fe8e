package io.rapport.crm.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rapport.crm.analytics.internal.Hypergeometric;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Properties of the BG/NBD and Gamma-Gamma formulas over random parameters and customers. */
class BuyTillYouDiePropertiesTest {

  @Property(tries = 100)
  void hypergeometric_logarithmCase_matchesClosedForm(
      @ForAll @DoubleRange(min = 0.01, max = 0.99) double z) {
    // 2F1(1, 1; 2; z) = -ln(1 - z) / z
    assertThat(Hypergeometric.f21(1, 1, 2, z)).isCloseTo(-Math.log1p(-z) / z, within(1e-12));
  }

  @Property(tries = 100)
  void hypergeometric_binomialCase_matchesClosedForm(
      @ForAll @DoubleRange(min = -3, max = 5) double a,
      @ForAll @DoubleRange(min = 0.1, max = 40) double b,
      @ForAll @DoubleRange(min = 0, max = 0.95) double z) {
    // 2F1(a, b; b; z) = (1 - z)^(-a)
    double expected = Math.pow(1 - z, -a);
    assertThat(Hypergeometric.f21(a, b, b, z)).isCloseTo(expected, within(1e-10 * expected));
  }

  @Property(tries = 50)
  void conditionalExpectedTransactions_longerHorizon_neverFewer(
      @ForAll @DoubleRange(min = 0.05, max = 5) double r,
      @ForAll @DoubleRange(min = 0.5, max = 50) double alpha,
      @ForAll @DoubleRange(min = 0.05, max = 5) double a,
      @ForAll @DoubleRange(min = 0.05, max = 5) double b,
      @ForAll @IntRange(min = 0, max = 60) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double recencyShare,
      @ForAll @DoubleRange(min = 1, max = 100) double age,
      @ForAll @DoubleRange(min = 0.5, max = 200) double weeks) {
    // given
    BgNbdModel model = BgNbdModel.of(r, alpha, a == 1 ? 1.001 : a, b);
    RepeatBuying customer = RepeatBuying.of(x, x == 0 ? 0 : recencyShare * age, age);

    // when
    double shorter = model.conditionalExpectedTransactions(weeks, customer);
    double longer = model.conditionalExpectedTransactions(weeks * 2, customer);

    // then
    assertThat(shorter).isGreaterThanOrEqualTo(0).isFinite();
    assertThat(longer).isGreaterThanOrEqualTo(shorter - 1e-9);
  }

  @Property(tries = 50)
  void probabilityAlive_longerSilence_neverHigher(
      @ForAll @DoubleRange(min = 0.05, max = 5) double r,
      @ForAll @DoubleRange(min = 0.5, max = 50) double alpha,
      @ForAll @DoubleRange(min = 0.05, max = 5) double a,
      @ForAll @DoubleRange(min = 0.05, max = 5) double b,
      @ForAll @IntRange(min = 1, max = 60) int x,
      @ForAll @DoubleRange(min = 0, max = 50) double recency,
      @ForAll @DoubleRange(min = 0, max = 50) double silence) {
    // given
    BgNbdModel model = BgNbdModel.of(r, alpha, a, b);

    // when
    double soon = model.probabilityAlive(RepeatBuying.of(x, recency, recency + silence));
    double later = model.probabilityAlive(RepeatBuying.of(x, recency, recency + silence + 10));

    // then
    assertThat(soon).isBetween(0.0, 1.0);
    assertThat(later).isLessThanOrEqualTo(soon);
  }

  @Property(tries = 50)
  void conditionalExpectedAverageValue_liesBetweenPopulationMeanAndOwnMean(
      @ForAll @DoubleRange(min = 0.1, max = 20) double p,
      @ForAll @DoubleRange(min = 1.01, max = 20) double q,
      @ForAll @DoubleRange(min = 0.1, max = 100) double gamma,
      @ForAll @IntRange(min = 1, max = 50) int x,
      @ForAll @DoubleRange(min = 0.01, max = 1000) double meanValue) {
    // given
    GammaGammaModel model = GammaGammaModel.of(p, q, gamma);
    double population = p * gamma / (q - 1);

    // when
    double expected = model.conditionalExpectedAverageValue(new RepeatBuying(x, 1, 2, meanValue));

    // then
    assertThat(expected)
        .isBetween(Math.min(population, meanValue) - 1e-9, Math.max(population, meanValue) + 1e-9);
  }
}
