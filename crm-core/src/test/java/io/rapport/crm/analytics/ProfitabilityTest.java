package io.rapport.crm.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.rapport.crm.common.CurrencyMismatchException;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.Money;
import io.rapport.crm.party.CustomerId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Golden values worked by hand: A earns 1000 on a mortgage at 200 direct cost, 2 branch visits at
 * 15 and one mortgage at 120 allocated (profit 650); B earns 100 on savings with 10 branch visits
 * (profit −50); C earns 50 at 10 direct cost with 5 calls at 4 (profit 20). Total 620.
 */
class ProfitabilityTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final CustomerId A = id(1);
  private static final CustomerId B = id(2);
  private static final CustomerId C = id(3);
  private static final Map<String, Money> UNIT_COSTS =
      Map.of("branch-visit", eur("15.00"), "call", eur("4.00"), "MORTGAGE", eur("120.00"));
  private static final List<ProfitLine> LINES =
      List.of(
          ProfitLine.revenue(A, "MORTGAGE", eur("1000.00")),
          ProfitLine.directCost(A, "MORTGAGE", eur("200.00")),
          ProfitLine.revenue(B, "SAVINGS", eur("100.00")),
          ProfitLine.revenue(C, "CURRENT", eur("50.00")),
          ProfitLine.directCost(C, "CURRENT", eur("10.00")));
  private static final List<Activity> ACTIVITIES =
      List.of(
          new Activity(A, "branch-visit", 2),
          new Activity(B, "branch-visit", 10),
          new Activity(C, "call", 5),
          new Activity(A, "MORTGAGE", 1));

  @Test
  void perCustomer_activityBasedCosting_subtractsAllocatedCosts() {
    // when
    List<CustomerProfit> profits = Profitability.perCustomer(EUR, LINES, ACTIVITIES, UNIT_COSTS);

    // then
    assertThat(profits)
        .extracting(p -> p.key(), p -> p.allocatedCost(), p -> p.profit(), p -> p.customers())
        .containsExactly(
            tuple(A.toString(), eur("150.00"), eur("650.00"), 1),
            tuple(B.toString(), eur("150.00"), eur("-50.00"), 1),
            tuple(C.toString(), eur("20.00"), eur("20.00"), 1));
  }

  @Test
  void perProduct_productDrivenActivities_areAllocatedToTheProduct() {
    // when
    List<CustomerProfit> profits = Profitability.perProduct(EUR, LINES, ACTIVITIES, UNIT_COSTS);

    // then: MORTGAGE 1000 - 200 - 120; channel activities stay unattributed
    assertThat(profits)
        .extracting(CustomerProfit::key, CustomerProfit::profit)
        .containsExactly(
            tuple("CURRENT", eur("40.00")),
            tuple("MORTGAGE", eur("680.00")),
            tuple("SAVINGS", eur("100.00")));
  }

  @Test
  void perGroup_households_addUpTheirMembers() {
    // given
    List<CustomerProfit> customers = Profitability.perCustomer(EUR, LINES, ACTIVITIES, UNIT_COSTS);

    // when
    List<CustomerProfit> households =
        Profitability.perGroup(customers, Map.of(A, "H1", B, "H1", C, "H2"));

    // then
    assertThat(households)
        .extracting(CustomerProfit::key, CustomerProfit::customers, CustomerProfit::profit)
        .containsExactly(tuple("H1", 2, eur("600.00")), tuple("H2", 1, eur("20.00")));
  }

  @Test
  void whaleCurve_lossMakingTail_peaksAboveTotalAndEndsAtOne() {
    // given
    List<CustomerProfit> customers = Profitability.perCustomer(EUR, LINES, ACTIVITIES, UNIT_COSTS);

    // when
    List<WhalePoint> curve = Profitability.whaleCurve(customers);

    // then: 650/620, 670/620, 620/620
    assertThat(curve)
        .extracting(WhalePoint::cumulativeProfit)
        .containsExactly(eur("650.00"), eur("670.00"), eur("620.00"));
    assertThat(curve.get(1).profitShare()).isCloseTo(670.0 / 620, within(1e-12));
    assertThat(curve.get(2).profitShare()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void deciles_threeCustomers_rankIntoDecilesOneFourAndSeven() {
    // given
    List<CustomerProfit> customers = Profitability.perCustomer(EUR, LINES, ACTIVITIES, UNIT_COSTS);

    // when
    List<CustomerProfit> deciles = Profitability.deciles(customers);

    // then: rank i goes to decile floor(10 i / 3) + 1
    assertThat(deciles).hasSize(10);
    assertThat(deciles.get(0).profit()).isEqualTo(eur("650.00"));
    assertThat(deciles.get(3).profit()).isEqualTo(eur("20.00"));
    assertThat(deciles.get(6).profit()).isEqualTo(eur("-50.00"));
    assertThat(deciles.get(1).customers()).isZero();
  }

  @Test
  void perCustomer_unpricedDriverOrOtherCurrency_isRefused() {
    assertThatThrownBy(
            () ->
                Profitability.perCustomer(
                    EUR, LINES, List.of(new Activity(A, "atm", 1)), UNIT_COSTS))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("no unit cost for driver atm");
    assertThatThrownBy(
            () ->
                Profitability.perCustomer(
                    EUR,
                    List.of(ProfitLine.revenue(A, "X", Money.of("1.00", "USD"))),
                    List.of(),
                    UNIT_COSTS))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Property(tries = 50)
  void decilesAndWhaleCurve_anyCustomers_addUpToTheTotal(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = -5000, max = 20000) Integer> cents) {
    // given
    List<ProfitLine> lines = new ArrayList<>();
    for (int i = 0; i < cents.size(); i++) {
      int amount = cents.get(i);
      Money money = Money.of(BigDecimal.valueOf(Math.abs(amount), 2), EUR);
      lines.add(
          amount >= 0
              ? ProfitLine.revenue(id(i), "P", money)
              : ProfitLine.directCost(id(i), "P", money));
    }
    List<CustomerProfit> customers = Profitability.perCustomer(EUR, lines, List.of(), Map.of());
    BigDecimal total = BigDecimal.valueOf(cents.stream().mapToLong(Integer::longValue).sum(), 2);

    // when
    BigDecimal decileTotal =
        Profitability.deciles(customers).stream()
            .map(d -> d.profit().amount())
            .reduce(BigDecimal.ZERO, BigDecimal::add);

    // then
    assertThat(decileTotal).isEqualByComparingTo(total);
    assertThat(Profitability.deciles(customers).stream().mapToInt(CustomerProfit::customers).sum())
        .isEqualTo(cents.size());
    if (total.signum() > 0) {
      List<WhalePoint> curve = Profitability.whaleCurve(customers);
      assertThat(curve.get(curve.size() - 1).cumulativeProfit().amount())
          .isEqualByComparingTo(total);
      // ranked by descending profit: each step adds no more than the one before
      for (int i = 1; i < curve.size(); i++) {
        assertThat(
                curve
                    .get(i)
                    .cumulativeProfit()
                    .amount()
                    .subtract(curve.get(i - 1).cumulativeProfit().amount()))
            .isLessThanOrEqualTo(
                curve
                    .get(i - 1)
                    .cumulativeProfit()
                    .amount()
                    .subtract(
                        i >= 2 ? curve.get(i - 2).cumulativeProfit().amount() : BigDecimal.ZERO));
      }
    }
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static CustomerId id(long n) {
    return new CustomerId(new UUID(0, n));
  }
}
