package io.rapport.crm.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rapport.crm.common.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden values of the Gamma-Gamma formulas, computed by hand (Fader and Hardie 2013). */
class GammaGammaModelTest {
  private static final GammaGammaModel PUBLISHED = GammaGammaModel.of(6.25, 3.74, 15.44);

  @Test
  void conditionalExpectedAverageValue_repeatCustomer_isWeightedMean() {
    // given: p(gamma + x zbar)/(px + q - 1) = 6.25 (15.44 + 44.70) / 15.24 = 375.875 / 15.24
    RepeatBuying customer = new RepeatBuying(2, 30.43, 38.86, 22.35);

    // then
    assertThat(PUBLISHED.conditionalExpectedAverageValue(customer))
        .isCloseTo(375.875 / 15.24, within(1e-9));
  }

  @Test
  void conditionalExpectedAverageValue_noRepeatPurchase_isPopulationMean() {
    // given: p gamma / (q - 1) = 96.5 / 2.74
    RepeatBuying customer = RepeatBuying.of(0, 0, 38.86);

    // then
    assertThat(PUBLISHED.conditionalExpectedAverageValue(customer))
        .isCloseTo(96.5 / 2.74, within(1e-9));
  }

  @Test
  void logLikelihood_unitCustomer_matchesHandComputation() {
    // given: p = 1, q = 2, gamma = 1, x = 1, zbar = 1:
    // lnG(3) - lnG(1) - lnG(2) + 0 + 0 + 0 - 3 ln 2 = ln 2 - 3 ln 2
    GammaGammaModel model = GammaGammaModel.of(1, 2, 1);

    // then
    assertThat(model.logLikelihood(new RepeatBuying(1, 1, 1, 1)))
        .isCloseTo(-2 * Math.log(2), within(1e-12));
  }

  @Test
  void conditionalExpectedAverageValue_qAtMostOne_isRefused() {
    assertThatThrownBy(
            () ->
                GammaGammaModel.of(1, 1, 1)
                    .conditionalExpectedAverageValue(RepeatBuying.of(0, 0, 1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("q must be > 1");
  }

  @Test
  void fit_noValuedRepeatPurchase_isRefused() {
    assertThatThrownBy(() -> GammaGammaModel.fit(List.of(RepeatBuying.of(0, 0, 3))))
        .isInstanceOf(ModelFitException.class);
  }
}
