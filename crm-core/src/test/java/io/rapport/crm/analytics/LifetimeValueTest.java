package io.rapport.crm.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rapport.crm.common.CurrencyMismatchException;
import io.rapport.crm.common.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Golden values (by hand) and properties of the lifetime-value forms. */
class LifetimeValueTest {

  @Test
  void simple_typicalBank_isMarginTimesRetentionOverSpread() {
    // given: 100 * 0.8 / (1 + 0.1 - 0.8) = 80 / 0.3 = 266.67
    Money clv = LifetimeValue.simple(Money.of("100.00", "EUR"), 0.8, 0.1);

    // then
    assertThat(clv).isEqualTo(Money.of("266.67", "EUR"));
  }

  @Test
  void discountedCashFlow_twoPeriods_sumsDiscountedSurvivingMargins() {
    // given: 100 * 0.5/1.25 + 200 * (0.5/1.25)^2 = 40 + 32 = 72
    Money clv =
        LifetimeValue.discountedCashFlow(
            List.of(Money.of("100.00", "EUR"), Money.of("200.00", "EUR")), 0.5, 0.25);

    // then
    assertThat(clv).isEqualTo(Money.of("72.00", "EUR"));
  }

  @Test
  void discountedCashFlow_mixedCurrencies_isRefused() {
    assertThatThrownBy(
            () ->
                LifetimeValue.discountedCashFlow(
                    List.of(Money.of("1.00", "EUR"), Money.of("1.00", "USD")), 0.5, 0.1))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void forecast_noDiscount_isValueTimesExpectedPurchases() {
    // given: the published CDNOW estimates and FHL's example customer (1.226 purchases in 39 weeks)
    BgNbdModel purchases = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);
    GammaGammaModel value = GammaGammaModel.of(6.25, 3.74, 15.44);
    RepeatBuying customer = new RepeatBuying(2, 30.43, 38.86, 22.35);

    // when
    ValueForecast undiscounted = LifetimeValue.forecast(purchases, value, customer, 39, 0);
    ValueForecast discounted = LifetimeValue.forecast(purchases, value, customer, 39, 0.1);

    // then
    assertThat(undiscounted.expectedTransactions()).isCloseTo(1.226, within(0.0005));
    assertThat(undiscounted.clv())
        .isCloseTo(
            undiscounted.expectedTransactions() * undiscounted.expectedAverageValue(),
            within(1e-9));
    assertThat(discounted.clv())
        .isLessThan(undiscounted.clv())
        .isGreaterThan(undiscounted.clv() / 1.1);
  }

  @Property(tries = 50)
  void discountedCashFlow_longConstantHorizon_approachesSimpleForm(
      @ForAll @DoubleRange(min = 0, max = 0.95) double retention,
      @ForAll @DoubleRange(min = 0, max = 0.5) double discount,
      @ForAll @IntRange(min = 1, max = 100_000) int cents) {
    // given
    Money margin = Money.of(BigDecimal.valueOf(cents, 2), Currency.getInstance("EUR"));

    // when
    Money horizon =
        LifetimeValue.discountedCashFlow(Collections.nCopies(600, margin), retention, discount);
    Money infinite = LifetimeValue.simple(margin, retention, discount);

    // then
    assertThat(horizon.amount().subtract(infinite.amount()).abs())
        .isLessThanOrEqualTo(new BigDecimal("0.02"));
  }
}
