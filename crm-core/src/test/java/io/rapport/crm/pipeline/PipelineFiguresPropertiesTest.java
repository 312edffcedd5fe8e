package io.rapport.crm.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PipelineFiguresPropertiesTest {

  @Property(tries = 100)
  void salesCycle_histogram_givesTheMedianAndAverageOfTheSortedList(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 60) Integer> days) {
    // given
    List<CycleLengthCount> buckets = new ArrayList<>();
    days.stream()
        .distinct()
        .forEach(
            d ->
                buckets.add(
                    new CycleLengthCount(
                        StageKind.WON, d, days.stream().filter(d::equals).count())));
    List<Integer> sorted = new ArrayList<>(days);
    Collections.sort(sorted);
    int n = sorted.size();
    BigDecimal median =
        BigDecimal.valueOf(sorted.get((n - 1) / 2) + sorted.get(n / 2))
            .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    BigDecimal average =
        BigDecimal.valueOf(sorted.stream().mapToLong(Integer::longValue).sum())
            .divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_EVEN);

    // when
    SalesCycle cycle = new SalesCycle(buckets);

    // then
    assertThat(cycle.medianDays()).contains(median);
    assertThat(cycle.averageDays()).contains(average);
    assertThat(cycle.lost().medianDays()).isEmpty();
  }

  @Property(tries = 100)
  void funnel_reachedNeverGrowsAlongTheStages(
      @ForAll @Size(max = 10) List<@IntRange(min = 0, max = 4) Integer> furthest) {
    // given
    PipelineDefinition definition =
        PipelineDefinition.first(
            PipelineId.of("00000000-0000-7000-8000-000000000001"),
            "p",
            List.of(
                Stage.open("A", "A", 10, ForecastCategory.PIPELINE),
                Stage.open("B", "B", 20, ForecastCategory.PIPELINE),
                Stage.open("C", "C", 30, ForecastCategory.PIPELINE),
                Stage.lost("L", "L"),
                Stage.won("W", "W")),
            List.of(),
            Instant.EPOCH);
    List<StageReach> reach = new ArrayList<>();
    for (int position : new int[] {0, 1, 2, 4}) {
      long count = furthest.stream().filter(p -> p == position).count();
      if (count > 0) {
        reach.add(new StageReach(position, count));
      }
    }

    // when
    List<FunnelStep> steps = Funnel.of(definition, reach);

    // then
    assertThat(steps).extracting(step -> step.stage().code()).containsExactly("A", "B", "C", "W");
    assertThat(steps.get(0).reached()).isEqualTo(furthest.stream().filter(p -> p != 3).count());
    for (int i = 1; i < steps.size(); i++) {
      assertThat(steps.get(i).reached()).isLessThanOrEqualTo(steps.get(i - 1).reached());
    }
  }

  @Test
  void velocity_undefinedFactorOrZeroCycle_isEmpty() {
    // given
    Optional<Money> value = Optional.of(Money.of("100.00", "EUR"));
    Optional<BigDecimal> rate = Optional.of(new BigDecimal("0.5000"));

    // when / then
    assertThat(PipelineVelocity.of(3, value, rate, Optional.of(BigDecimal.ZERO))).isEmpty();
    assertThat(PipelineVelocity.of(3, Optional.empty(), rate, Optional.of(BigDecimal.TEN)))
        .isEmpty();
    assertThat(PipelineVelocity.of(3, value, rate, Optional.of(new BigDecimal("3.00"))))
        .contains(Money.of("50.00", "EUR"));
  }

  @Test
  void periodUnit_quarterStartsOnTheFirstMonthOfTheQuarter() {
    // when / then
    assertThat(PeriodUnit.QUARTER.startOf(LocalDate.of(2025, 12, 31)))
        .isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(PeriodUnit.MONTH.startOf(LocalDate.of(2025, 2, 28)))
        .isEqualTo(LocalDate.of(2025, 2, 1));
  }
}
