package io.rapport.crm.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the benchmark program working on a tiny data set; the benchmark itself (1,000,000
 * customers) runs only on demand, never in {@code mvn verify}.
 */
class PurchaseSummaryBenchmarkTest {
  @TempDir Path folder;

  @Test
  void run_smallHistory_summarisesEveryCohortCustomer() {
    // when
    PurchaseSummaryBenchmark.Report report =
        PurchaseSummaryBenchmark.run(500, 2.0, folder.resolve("db"));

    // then: every customer buys first within 12 weeks of 1 Jan 1997, before the calibration end
    assertThat(report.summaries()).isEqualTo(500);
    assertThat(report.purchases()).isGreaterThan(500);
    assertThat(report.purchaseDays()).isBetween(500L, report.purchases());
    assertThat(report.repeatCustomers()).isPositive().isLessThan(500);
    assertThat(report.toString()).contains("summary step: 500 summaries");
  }

  @Test
  void run_secondTime_reusesTheStoredHistory() {
    // given
    PurchaseSummaryBenchmark.Report first =
        PurchaseSummaryBenchmark.run(200, 1.0, folder.resolve("db"));

    // when
    PurchaseSummaryBenchmark.Report second =
        PurchaseSummaryBenchmark.run(200, 1.0, folder.resolve("db"));

    // then
    assertThat(second.purchases()).isEqualTo(first.purchases());
    assertThat(second.purchaseDays()).isEqualTo(first.purchaseDays());
  }
}
