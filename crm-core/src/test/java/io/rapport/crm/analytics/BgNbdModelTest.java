package io.rapport.crm.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rapport.crm.common.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden values of the BG/NBD formulas, computed by hand from FHL 2005 eqs. 6, 9, 10 and 11. */
class BgNbdModelTest {
  private static final BgNbdModel UNIT = BgNbdModel.of(1, 1, 1, 1);

  @Test
  void logLikelihood_noRepeatPurchase_isSurvivalTermOnly() {
    // given: r = alpha = a = b = 1, x = 0, T = 1: B(1,1)/B(1,1) * 1 / (1+1)^1 = 1/2
    RepeatBuying customer = RepeatBuying.of(0, 0, 1);

    // then
    assertThat(UNIT.logLikelihood(customer)).isCloseTo(Math.log(0.5), within(1e-12));
  }

  @Test
  void logLikelihood_oneRepeatPurchase_addsDropoutTerm() {
    // given: x = 1, t_x = 1, T = 2: B(1,2)/B(1,1)/3^2 + B(2,1)/B(1,1)/2^2 = 1/18 + 1/8 = 13/72
    RepeatBuying customer = RepeatBuying.of(1, 1, 2);

    // then
    assertThat(UNIT.logLikelihood(customer)).isCloseTo(Math.log(13.0 / 72), within(1e-12));
  }

  @Test
  void probabilityAlive_oneRepeatPurchase_isSurvivalShareOfLikelihood() {
    // given: 1 / (1 + a/(b+x-1) * ((alpha+T)/(alpha+t_x))^(r+x)) = 1 / (1 + (3/2)^2) = 4/13,
    // which is also (1/18) / (13/72), the alive term's share of the likelihood above
    RepeatBuying customer = RepeatBuying.of(1, 1, 2);

    // then
    assertThat(UNIT.probabilityAlive(customer)).isCloseTo(4.0 / 13, within(1e-12));
    assertThat(UNIT.probabilityAlive(RepeatBuying.of(0, 0, 5))).isEqualTo(1.0);
  }

  @Test
  void expectedTransactions_newCustomer_matchesClosedForm() {
    // given: r = alpha = b = 1, a = 2, t = 1: z = 1/2, 2F1(1,1;2;z) = -ln(1-z)/z = 2 ln 2,
    // E[X(1)] = (a+b-1)/(a-1) * (1 - (1/2) * 2 ln 2) = 2 (1 - ln 2)
    BgNbdModel model = BgNbdModel.of(1, 1, 2, 1);

    // then
    assertThat(model.expectedTransactions(1)).isCloseTo(2 * (1 - Math.log(2)), within(1e-12));
    assertThat(model.expectedTransactions(0)).isZero();
  }

  @Test
  void conditionalExpectedTransactions_cdnowExampleCustomer_matchesPaper() {
    // given: FHL 2005 section 5: with the published CDNOW estimates, a customer with x = 2,
    // t_x = 30.43 and T = 38.86 is expected to make 1.226 purchases in the next 39 weeks
    BgNbdModel published = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);

    // when
    double expected =
        published.conditionalExpectedTransactions(39, RepeatBuying.of(2, 30.43, 38.86));

    // then
    assertThat(expected).isCloseTo(1.226, within(0.0005));
  }

  @Test
  void fit_noRepeatPurchases_isRefused() {
    // given
    List<RepeatBuying> customers = List.of(RepeatBuying.of(0, 0, 10), RepeatBuying.of(0, 0, 12));

    // then
    assertThatThrownBy(() -> BgNbdModel.fit(customers))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("BG/NBD");
  }

  @Test
  void of_negativeParameter_isRefused() {
    assertThatThrownBy(() -> BgNbdModel.of(1, -1, 1, 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("alpha");
  }
}
