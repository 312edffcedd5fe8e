package io.rapport.crm.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rapport.crm.common.CurrencyMismatchException;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Golden values worked by hand, and properties of NPV. */
class InvestmentTest {
  private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

  @Test
  void roi_gainAboveCost_isRelativeNetGain() {
    // (1250 - 1000) / 1000
    assertThat(Investment.roi(eur("1250.00"), eur("1000.00"))).isEqualByComparingTo("0.25");
  }

  @Test
  void annualisedRoi_twoYears_isSquareRoot() {
    // (1 + 0.21)^(365/730) - 1 = 1.1 - 1
    assertThat(Investment.annualisedRoi(new BigDecimal("0.21"), 730)).isCloseTo(0.1, within(1e-12));
  }

  @Test
  void npv_returnAtTheDiscountRate_isZero() {
    // -1000 + 1100 / 1.1^(365/365)
    List<DatedAmount> flows =
        List.of(
            DatedAmount.of(JAN_1, eur("-1000.00")),
            DatedAmount.of(JAN_1.plusDays(365), eur("1100.00")));

    // then
    assertThat(Investment.npv(flows, 0.10)).isEqualTo(eur("0.00"));
  }

  @Test
  void payback_cumulativeTurnsNonNegative_onThatDay() {
    // given: -1000, +400 on 1 March, +700 on 1 June: cumulative -1000, -600, +100
    List<DatedAmount> flows =
        List.of(
            DatedAmount.of(LocalDate.of(2024, 6, 1), eur("700.00")),
            DatedAmount.of(JAN_1, eur("-1000.00")),
            DatedAmount.of(LocalDate.of(2024, 3, 1), eur("400.00")));

    // then: 31 + 29 + 31 + 30 + 31 days
    assertThat(Investment.paybackDate(flows)).contains(LocalDate.of(2024, 6, 1));
    assertThat(Investment.paybackDays(flows)).contains(152L);
    assertThat(Investment.paybackDays(flows.subList(1, 3))).isEmpty();
  }

  @Test
  void totalCostOfOwnership_window_sumsLinesInside() {
    // given
    List<DatedAmount> costs =
        List.of(
            DatedAmount.of(LocalDate.of(2024, 1, 15), eur("100.00")),
            DatedAmount.of(LocalDate.of(2024, 12, 31), eur("200.00")),
            DatedAmount.of(LocalDate.of(2025, 1, 1), eur("300.00")));

    // then
    assertThat(
            Investment.totalCostOfOwnership(
                costs, JAN_1, LocalDate.of(2024, 12, 31), Currency.getInstance("EUR")))
        .isEqualTo(eur("300.00"));
  }

  @Test
  void figures_badInput_areRefused() {
    assertThatThrownBy(() -> Investment.roi(eur("1.00"), eur("0.00")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("cost must be positive");
    assertThatThrownBy(
            () ->
                Investment.npv(
                    List.of(
                        DatedAmount.of(JAN_1, eur("1.00")),
                        DatedAmount.of(JAN_1, Money.of("1.00", "USD"))),
                    0.1))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Property(tries = 50)
  void npv_zeroRate_isPlainSumAndHigherRate_neverRaisesAnInvestment(
      @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 0, max = 100_000) Integer> returns,
      @ForAll @IntRange(min = 1, max = 1_000_000) int investment,
      @ForAll @DoubleRange(min = 0, max = 0.5) double rate) {
    // given: an investment today and non-negative returns every 90 days
    List<DatedAmount> flows = new ArrayList<>();
    flows.add(
        DatedAmount.of(
            JAN_1, Money.of(BigDecimal.valueOf(-investment, 2), Currency.getInstance("EUR"))));
    for (int i = 0; i < returns.size(); i++) {
      flows.add(
          DatedAmount.of(
              JAN_1.plusDays(90L * (i + 1)),
              Money.of(BigDecimal.valueOf(returns.get(i), 2), Currency.getInstance("EUR"))));
    }
    long sum = returns.stream().mapToLong(Integer::longValue).sum() - investment;

    // then
    assertThat(Investment.npv(flows, 0).amount()).isEqualByComparingTo(BigDecimal.valueOf(sum, 2));
    assertThat(Investment.npv(flows, rate + 0.1).amount())
        .isLessThanOrEqualTo(Investment.npv(flows, rate).amount());
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
