package io.rapport.crm.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.party.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Quintiles and segments, by hand. */
class RfmTest {
  private static final LocalDate END = LocalDate.of(2024, 12, 31);

  @Test
  void quintiles_tenDistinctValues_twoPerScore() {
    // 1 + floor(5 w / 10) for w = 0..9
    assertThat(Rfm.quintiles(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}))
        .containsExactly(5, 5, 4, 4, 3, 3, 2, 2, 1, 1);
  }

  @Test
  void quintiles_ties_shareTheLowestPositionsScore() {
    // four ties have nobody below them (score 1); the top value has 4 of 5 below (score 5)
    assertThat(Rfm.quintiles(new double[] {1, 1, 5, 1, 1})).containsExactly(1, 1, 5, 1, 1);
  }

  @Test
  void segment_ofScores_followsTheTable() {
    assertThat(RfmSegment.of(5, 5, 5)).isEqualTo(RfmSegment.CHAMPIONS);
    assertThat(RfmSegment.of(3, 4, 5)).isEqualTo(RfmSegment.LOYAL);
    assertThat(RfmSegment.of(4, 2, 3)).isEqualTo(RfmSegment.POTENTIAL_LOYALISTS);
    assertThat(RfmSegment.of(5, 1, 1)).isEqualTo(RfmSegment.NEW_CUSTOMERS);
    assertThat(RfmSegment.of(3, 2, 2)).isEqualTo(RfmSegment.NEEDS_ATTENTION);
    assertThat(RfmSegment.of(1, 5, 5)).isEqualTo(RfmSegment.AT_RISK);
    assertThat(RfmSegment.of(2, 3, 3)).isEqualTo(RfmSegment.ABOUT_TO_SLEEP);
    assertThat(RfmSegment.of(1, 1, 2)).isEqualTo(RfmSegment.HIBERNATING);
  }

  @Test
  void score_fiveCustomers_ranksRecencyFrequencyAndValue() {
    // given: customer i last bought i*10 days before the end, on i+1 days, for (5-i)*100
    List<PurchaseSummary> summaries = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      summaries.add(summary(i, 10 * i, i + 1, 100 * (5 - i)));
    }

    // when
    List<RfmScore> scores = Rfm.score(summaries);

    // then: customer 0 is most recent, least frequent, most valuable
    assertThat(scores)
        .extracting(RfmScore::code)
        .containsExactly("515", "424", "333", "242", "151");
    assertThat(scores.get(2).segment()).isEqualTo(RfmSegment.NEEDS_ATTENTION);
  }

  @Property(tries = 50)
  void quintiles_anyValues_areOneToFiveAndOrderPreserving(
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 20) Integer> values) {
    // given
    double[] array = values.stream().mapToDouble(Integer::doubleValue).toArray();

    // when
    int[] scores = Rfm.quintiles(array);

    // then
    for (int i = 0; i < array.length; i++) {
      assertThat(scores[i]).isBetween(1, 5);
      for (int j = 0; j < array.length; j++) {
        if (array[i] < array[j]) {
          assertThat(scores[i]).isLessThanOrEqualTo(scores[j]);
        } else if (array[i] == array[j]) {
          assertThat(scores[i]).isEqualTo(scores[j]);
        }
      }
    }
  }

  private static PurchaseSummary summary(long n, int daysSinceLast, int purchaseDays, int total) {
    LocalDate last = END.minusDays(daysSinceLast);
    LocalDate first = last.minusDays(100);
    return new PurchaseSummary(
        new CustomerId(new UUID(0, n)),
        first,
        last,
        purchaseDays,
        BigDecimal.valueOf(total),
        BigDecimal.ONE,
        END);
  }
}
