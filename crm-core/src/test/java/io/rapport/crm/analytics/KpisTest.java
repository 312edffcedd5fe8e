package io.rapport.crm.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.party.CustomerId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** KPI golden values, by hand. */
class KpisTest {

  @Test
  void acquisitionCost_campaignAndSales_dividedByNewCustomers() {
    // (3000 + 1500) / 45
    assertThat(Kpis.acquisitionCost(Money.of("3000.00", "EUR"), Money.of("1500.00", "EUR"), 45))
        .isEqualTo(Money.of("100.00", "EUR"));
  }

  @Test
  void retentionRate_endMinusNewOverStart() {
    // (210 - 30) / 200
    assertThat(Kpis.retentionRate(200, 210, 30)).isCloseTo(0.9, within(1e-12));
  }

  @Test
  void productsPerCustomer_distinctTypes_averaged() {
    Map<CustomerId, Set<ProductType>> holdings =
        Map.of(
            id(1), Set.of(ProductType.CURRENT_ACCOUNT, ProductType.SAVINGS),
            id(2), Set.of(ProductType.CURRENT_ACCOUNT));
    assertThat(Kpis.productsPerCustomer(holdings)).isCloseTo(1.5, within(1e-12));
  }

  @Test
  void csatAndNps_feedbackScores_matchHandCounts() {
    // CSAT: 3 of 5 scores are 4 or 5; NPS: 5 promoters, 3 detractors of 10 -> 20
    assertThat(Kpis.csat(List.of(5, 4, 3, 2, 5), 4)).isCloseTo(0.6, within(1e-12));
    assertThat(Kpis.nps(List.of(10, 9, 8, 7, 6, 0, 10, 3, 9, 9))).isCloseTo(20.0, within(1e-12));
  }

  @Test
  void averageRevenuePerCustomer_roundsHalfEven() {
    assertThat(Kpis.averageRevenuePerCustomer(Money.of("1000.00", "EUR"), 3))
        .isEqualTo(Money.of("333.33", "EUR"));
  }

  @Test
  void kpis_badInput_areRefused() {
    assertThatThrownBy(
            () -> Kpis.acquisitionCost(Money.of("1.00", "EUR"), Money.of("1.00", "EUR"), 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("newCustomers");
    assertThatThrownBy(() -> Kpis.nps(List.of(11))).isInstanceOf(InvalidValueException.class);
  }

  @Property(tries = 50)
  void nps_anyScores_isBetweenMinusAndPlusHundredAndCsatAShare(
      @ForAll @Size(min = 1, max = 50) List<@IntRange(min = 0, max = 10) Integer> scores) {
    assertThat(Kpis.nps(scores)).isBetween(-100.0, 100.0);
    assertThat(Kpis.csat(scores, 9) * 100 - Kpis.nps(scores)).isGreaterThanOrEqualTo(-1e-9);
    assertThat(Kpis.csat(scores, 0)).isEqualTo(1.0);
  }

  private static CustomerId id(long n) {
    return new CustomerId(new UUID(0, n));
  }
}
