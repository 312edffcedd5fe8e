package io.rapport.crm.benchmarks;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.finance.FinancialEventType;
import io.rapport.crm.jdbc.JdbcStorage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The lifetime-value benchmark: 1,000,000 generated customers' purchases in a file-based H2
 * database, summarised per customer by the JDBC adapter's {@code CustomerFinanceQueries} (one
 * streamed {@code GROUP BY} statement), then fitted with BG/NBD and Gamma-Gamma ({@link ModelFit}).
 * Prints the time of each step and the peak heap of the summary step above the heap before it,
 * which stays flat in the number of transactions: the database aggregates, and the JVM holds one
 * customer's figures at a time plus the 28-byte columns the fit needs per customer.
 *
 * <p>Run: {@code java -Xmx1g -jar crm-benchmarks/target/crm-benchmarks.jar [customers [meanRepeats
 * [database]]]}; defaults 1000000, 2.0 and {@code crm-benchmarks/target/benchmark-db/purchases}.
 * Generated data is reused when the database holds it already. {@code
 * -Dbenchmark.h2Settings=";LAZY_QUERY_EXECUTION=TRUE"} appends settings to the H2 URL.
 */
public final class PurchaseSummaryBenchmark {
  static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  private static final int INSERT_BATCH = 10_000;

  private PurchaseSummaryBenchmark() {}

  /** Runs the benchmark; see the class description for the arguments. */
  public static void main(String[] args) {
    int customers = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    double meanRepeats = args.length > 1 ? Double.parseDouble(args[1]) : 2.0;
    Path database =
        Path.of(args.length > 2 ? args[2] : "crm-benchmarks/target/benchmark-db/purchases");
    System.out.println(run(customers, meanRepeats, database));
  }

  /** Runs every step and returns the report. */
  static Report run(int customers, double meanRepeats, Path database) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:file:"
            + database.toAbsolutePath()
            + ";DB_CLOSE_DELAY=-1"
            + System.getProperty("benchmark.h2Settings", ""));
    JdbcStorage storage = JdbcStorage.builder(h2).batchSize(1_000).build();
    TenantId tenant =
        TenantId.of(String.format(Locale.ROOT, "bench-%d-%s", customers, meanRepeats));

    long generateStart = System.nanoTime();
    long stored =
        storage.inTransaction(
            unit -> unit.financialEvents().count(tenant, FinancialEventType.PURCHASE));
    if (stored == 0) {
      AtomicLong written = new AtomicLong();
      new PurchaseGenerator(42, meanRepeats)
          .generate(
              customers,
              INSERT_BATCH,
              batch -> {
                storage.inTransactionDo(unit -> unit.financialEvents().storeNew(tenant, batch));
                written.addAndGet(batch.size());
              });
      stored = written.get();
    }
    double generateSeconds = seconds(generateStart);

    SummaryColumns columns = new SummaryColumns();
    long baseline = HeapSampler.settle();
    long summaryStart = System.nanoTime();
    long peak;
    long collections;
    double summarySeconds;
    try (HeapSampler sampler = HeapSampler.start()) {
      storage.inTransactionDo(
          unit ->
              unit.customerFinance()
                  .purchaseSummaries(
                      tenant, Currency.getInstance("EUR"), CALIBRATION_END, columns));
      summarySeconds = seconds(summaryStart);
      // one collection at the end, so the peak also covers the state the step ends in
      HeapSampler.settle();
      peak = sampler.peak();
      collections = sampler.collections();
    }

    long fitStart = System.nanoTime();
    String fit = ModelFit.fit(columns);
    double fitSeconds = seconds(fitStart);
    return new Report(
        customers,
        stored,
        columns.size(),
        columns.purchaseDays(),
        columns.repeatCustomers(),
        generateSeconds,
        summarySeconds,
        peak - baseline,
        collections,
        Runtime.getRuntime().maxMemory(),
        fit,
        fitSeconds);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  /** What one run measured. */
  record Report(
      int customers,
      long purchases,
      int summaries,
      long purchaseDays,
      long repeatCustomers,
      double loadSeconds,
      double summarySeconds,
      long summaryPeakHeapAboveBaseline,
      long collections,
      long maxHeap,
      String fit,
      double fitSeconds) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "customers %,d, purchases %,d (stored or reused in %.1f s)%n"
              + "summary step: %,d summaries (%,d purchase days, %,d repeat customers) to %s"
              + " in %.1f s%n"
              + "  live heap: peak after GC %.1f MB above the pre-step baseline"
              + " (%d collections, max heap %.0f MB)%n"
              + "fit step: %s",
          customers,
          purchases,
          loadSeconds,
          summaries,
          purchaseDays,
          repeatCustomers,
          CALIBRATION_END,
          summarySeconds,
          summaryPeakHeapAboveBaseline / 1e6,
          collections,
          maxHeap / 1e6,
          String.format(Locale.ROOT, "%s in %.1f s", fit, fitSeconds));
    }
  }
}
