package io.rapport.crm.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Keeps the duplicate-detection benchmark working on a small population; the benchmark itself
 * (1,000,000 customers) runs only on demand, never in {@code mvn verify}.
 */
class DuplicateDetectionBenchmarkTest {

  @Test
  void run_smallPopulation_findsEverySeededPairWithFewComparisons() {
    // when
    DuplicateDetectionBenchmark.Report report = DuplicateDetectionBenchmark.run(5_000, 0.1);

    // then
    assertThat(report.detection().records()).isEqualTo(5_000);
    assertThat(report.seededPairs()).isBetween(300, 600);
    assertThat(report.recallOverall()).isEqualTo(1.0);
    assertThat(report.detection().comparisons()).isLessThan(report.detection().allPairs() / 100);
    assertThat(report.toString()).contains("comparisons:", "recall of seeded pairs 100.00%");
  }
}
