package io.rapport.crm.benchmarks;

import io.rapport.crm.common.Money;
import io.rapport.crm.finance.ExternalKey;
import io.rapport.crm.finance.Purchase;
import io.rapport.crm.party.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Generates a CDNOW-like purchase history, deterministically from a seed: each customer makes a
 * first purchase in the first 12 weeks of 1997 and a geometric number of repeat purchases (mean
 * {@code meanRepeats}) spread over the following 78 weeks, some on the same day, for 5.00 to 100.00
 * EUR. Customer ids sort by customer number.
 */
final class PurchaseGenerator {
  static final LocalDate COHORT_START = LocalDate.of(1997, 1, 1);
  static final LocalDate HISTORY_END = LocalDate.of(1998, 6, 30);
  private static final Currency EUR = Currency.getInstance("EUR");

  private final long seed;
  private final double meanRepeats;

  PurchaseGenerator(long seed, double meanRepeats) {
    this.seed = seed;
    this.meanRepeats = meanRepeats;
  }

  /** The id of customer {@code number}: ids sort like the numbers. */
  static CustomerId customer(long number) {
    return new CustomerId(new UUID(0x0193_0000_0000_7000L, 0x8000_0000_0000_0000L | number));
  }

  /** Hands {@code sink} the purchases of customers {@code 0..customers-1} in batches. */
  void generate(int customers, int batchSize, Consumer<List<Purchase>> sink) {
    List<Purchase> batch = new ArrayList<>(batchSize);
    for (int number = 0; number < customers; number++) {
      SplittableRandom random = new SplittableRandom(seed * 1_000_003L + number);
      CustomerId customer = customer(number);
      LocalDate first = COHORT_START.plusDays(random.nextInt(84));
      int repeats = geometric(random);
      batch.add(purchase(customer, number, 0, first, random));
      for (int j = 1; j <= repeats; j++) {
        LocalDate day = first.plusDays(random.nextInt(546));
        batch.add(
            purchase(customer, number, j, day.isAfter(HISTORY_END) ? HISTORY_END : day, random));
      }
      if (batch.size() >= batchSize) {
        sink.accept(batch);
        batch = new ArrayList<>(batchSize);
      }
    }
    if (!batch.isEmpty()) {
      sink.accept(batch);
    }
  }

  private int geometric(SplittableRandom random) {
    double stop = 1.0 / (1.0 + meanRepeats);
    int count = 0;
    while (random.nextDouble() >= stop && count < 200) {
      count++;
    }
    return count;
  }

  private static Purchase purchase(
      CustomerId customer, int number, int index, LocalDate day, SplittableRandom random) {
    BigDecimal amount = BigDecimal.valueOf(500 + random.nextInt(9_501), 2);
    return Purchase.of(
        ExternalKey.of("TX-" + number + "-" + index), customer, day, new Money(amount, EUR));
  }
}
