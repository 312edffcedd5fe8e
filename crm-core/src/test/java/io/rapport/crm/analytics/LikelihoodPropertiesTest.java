package io.rapport.crm.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rapport.crm.analytics.internal.BgNbdLikelihood;
import io.rapport.crm.analytics.internal.GammaGammaLikelihood;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The fitting code's grouped, cached log-likelihoods equal the sum of the models' per-customer
 * log-likelihoods (FHL 2005 eq. 6; Fader and Hardie 2013), whatever the data.
 */
class LikelihoodPropertiesTest {

  @Property(tries = 50)
  void bgNbdLikelihood_groupedData_equalsSumOverCustomers(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 12) Integer> frequencies,
      @ForAll @DoubleRange(min = 0.05, max = 5) double r,
      @ForAll @DoubleRange(min = 0.5, max = 20) double alpha,
      @ForAll @DoubleRange(min = 0.05, max = 5) double a,
      @ForAll @DoubleRange(min = 0.05, max = 5) double b) {
    // given: duplicates on purpose, so grouping matters; ages and recencies in whole days
    int n = frequencies.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    BgNbdModel model = BgNbdModel.of(r, alpha, a, b);
    double expected = 0;
    for (int i = 0; i < n; i++) {
      x[i] = frequencies.get(i);
      t[i] = (20 + i % 3) / 7.0 * 7;
      tx[i] = x[i] == 0 ? 0 : (i % 5) * 2.0;
      expected += model.logLikelihood(RepeatBuying.of(x[i], tx[i], t[i]));
    }

    // when
    double grouped = BgNbdLikelihood.of(x, tx, t).at(r, alpha, a, b);

    // then
    assertThat(grouped).isCloseTo(expected, within(1e-9 * Math.abs(expected) + 1e-9));
  }

  @Property(tries = 50)
  void gammaGammaLikelihood_cachedTerms_equalSumOverCustomers(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 15) Integer> frequencies,
      @ForAll @DoubleRange(min = 0.1, max = 20) double p,
      @ForAll @DoubleRange(min = 0.1, max = 20) double q,
      @ForAll @DoubleRange(min = 0.1, max = 100) double gamma) {
    // given
    int n = frequencies.size();
    int[] x = new int[n];
    double[] mean = new double[n];
    GammaGammaModel model = GammaGammaModel.of(p, q, gamma);
    double expected = 0;
    for (int i = 0; i < n; i++) {
      x[i] = frequencies.get(i);
      mean[i] = 5 + 3.5 * i;
      expected += model.logLikelihood(new RepeatBuying(x[i], 1, 2, mean[i]));
    }

    // when
    double cached = new GammaGammaLikelihood(x, mean).at(p, q, gamma);

    // then
    assertThat(cached).isCloseTo(expected, within(1e-9 * Math.abs(expected) + 1e-9));
  }
}
