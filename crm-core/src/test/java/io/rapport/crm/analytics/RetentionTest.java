package io.rapport.crm.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.rapport.crm.party.CustomerId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Golden values by hand: c1 (acquired 10 Jan) churns when its only product closes on 15 Mar; c2 (20
 * Jan) when its status closes on 10 Feb; c3 (5 Feb) never; c4 (20 Feb) when its last product closes
 * on 1 Apr.
 */
class RetentionTest {
  private static final List<CustomerTenure> CUSTOMERS =
      List.of(
          tenure(1, "2024-01-10", null, new ProductSpell(day("2024-01-10"), day("2024-03-15"))),
          tenure(2, "2024-01-20", "2024-02-10", new ProductSpell(day("2024-01-20"), null)),
          tenure(3, "2024-02-05", null, new ProductSpell(day("2024-02-05"), null)),
          tenure(
              4,
              "2024-02-20",
              null,
              new ProductSpell(day("2024-02-20"), day("2024-04-01")),
              new ProductSpell(day("2024-02-20"), day("2024-03-31"))));

  @Test
  void defaultChurnDate_statusOrLastProduct_takesTheEarlier() {
    assertThat(CustomerTenure.defaultChurnDate(CUSTOMERS.get(0))).contains(day("2024-03-15"));
    assertThat(CustomerTenure.defaultChurnDate(CUSTOMERS.get(1))).contains(day("2024-02-10"));
    assertThat(CustomerTenure.defaultChurnDate(CUSTOMERS.get(2))).isEmpty();
    assertThat(CustomerTenure.defaultChurnDate(CUSTOMERS.get(3))).contains(day("2024-04-01"));
  }

  @Test
  void monthly_fourCustomers_countsChurnAgainstCustomersAtStart() {
    // when
    List<PeriodRetention> months =
        Retention.monthly(CUSTOMERS, YearMonth.of(2024, 2), YearMonth.of(2024, 4));

    // then: Feb 1 of 2 (c2), 2 acquired; Mar 1 of 3 (c1); Apr 1 of 2 (c4)
    assertThat(months)
        .extracting(PeriodRetention::atStart, PeriodRetention::churned, PeriodRetention::acquired)
        .containsExactly(tuple(2, 1, 2), tuple(3, 1, 0), tuple(2, 1, 0));
    assertThat(months.get(1).churnRate()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(months.get(1).retentionRate()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void monthly_hostRule_replacesTheDefault() {
    // when: a host rule where nobody ever churns
    List<PeriodRetention> months =
        Retention.monthly(
            CUSTOMERS, YearMonth.of(2024, 3), YearMonth.of(2024, 3), c -> Optional.empty());

    // then
    assertThat(months.get(0).churned()).isZero();
    assertThat(months.get(0).atStart()).isEqualTo(4);
  }

  @Test
  void cohorts_byAcquisitionMonth_shareStillCustomersAtMonthEnd() {
    // when
    List<CohortRetention> cohorts = Retention.cohorts(CUSTOMERS, YearMonth.of(2024, 4));

    // then
    assertThat(cohorts)
        .extracting(CohortRetention::cohort, CohortRetention::size)
        .containsExactly(tuple(YearMonth.of(2024, 1), 2), tuple(YearMonth.of(2024, 2), 2));
    assertThat(cohorts.get(0).retained()).containsExactly(1.0, 0.5, 0.0, 0.0);
    assertThat(cohorts.get(1).retained()).containsExactly(1.0, 1.0, 0.5);
  }

  @Test
  void earlyWarning_lowProbabilityAlive_isListedLowestFirst() {
    // given: P(alive) 4/13 for (x=1, t_x=1, T=2) under r = alpha = a = b = 1; 1 for x = 0
    CustomerId quiet = id(1);
    CustomerId fresh = id(2);

    // when
    List<Map.Entry<CustomerId, Double>> warnings =
        Retention.earlyWarning(
            BgNbdModel.of(1, 1, 1, 1),
            Map.of(quiet, RepeatBuying.of(1, 1, 2), fresh, RepeatBuying.of(0, 0, 2)),
            0.5);

    // then
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).getKey()).isEqualTo(quiet);
    assertThat(warnings.get(0).getValue()).isCloseTo(4.0 / 13, within(1e-12));
  }

  @Property(tries = 50)
  void monthlyAndCohorts_anyCustomers_areConsistentRates(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 364) Integer> acquiredDays,
      @ForAll @Size(min = 30, max = 30) List<@IntRange(min = -200, max = 400) Integer> lifetimes) {
    // given: customers acquired in 2024, churning after their lifetime (never if negative)
    List<CustomerTenure> customers = new ArrayList<>();
    for (int i = 0; i < acquiredDays.size(); i++) {
      LocalDate acquired = day("2024-01-01").plusDays(acquiredDays.get(i));
      int life = lifetimes.get(i);
      LocalDate closed = life < 0 ? null : acquired.plusDays(life);
      customers.add(new CustomerTenure(id(i), acquired, closed, List.of()));
    }

    // when
    List<PeriodRetention> months =
        Retention.monthly(customers, YearMonth.of(2024, 1), YearMonth.of(2025, 6));
    List<CohortRetention> cohorts = Retention.cohorts(customers, YearMonth.of(2025, 6));

    // then
    assertThat(months)
        .allSatisfy(
            m -> {
              assertThat(m.churned()).isBetween(0, m.atStart());
              assertThat(m.churnRate() + m.retentionRate()).isCloseTo(1.0, within(1e-12));
            });
    assertThat(months.stream().mapToInt(PeriodRetention::acquired).sum())
        .isEqualTo(customers.size());
    assertThat(cohorts.stream().mapToInt(CohortRetention::size).sum()).isEqualTo(customers.size());
    for (CohortRetention cohort : cohorts) {
      for (int k = 1; k < cohort.retained().size(); k++) {
        assertThat(cohort.retained().get(k)).isLessThanOrEqualTo(cohort.retained().get(k - 1));
      }
    }
  }

  private static CustomerTenure tenure(
      long n, String acquired, String closed, ProductSpell... products) {
    return new CustomerTenure(
        id(n), day(acquired), closed == null ? null : day(closed), List.of(products));
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  private static CustomerId id(long n) {
    return new CustomerId(new UUID(0, n));
  }
}
