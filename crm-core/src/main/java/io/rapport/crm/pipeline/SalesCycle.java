package io.rapport.crm.pipeline;

import io.rapport.crm.common.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Sales-cycle length over closed deals, in days from the opening day (UTC) to the won or lost day,
 * read from a histogram of cycle lengths. Both figures are empty when no deal is closed.
 *
 * <ul>
 *   <li>average = Σ days ÷ deals, 2 decimals half-even
 *   <li>median = the middle length in sorted order, or the mean of the two middle ones for an even
 *       number of deals (1 decimal)
 * </ul>
 */
public record SalesCycle(List<CycleLengthCount> buckets) {

  /** Copies and sorts the buckets. */
  public SalesCycle {
    buckets = Checks.list(buckets, "buckets").stream().sorted(CycleLengthCount.ORDER).toList();
  }

  /** The cycle of won deals only. */
  public SalesCycle won() {
    return new SalesCycle(buckets.stream().filter(b -> b.outcome() == StageKind.WON).toList());
  }

  /** The cycle of lost deals only. */
  public SalesCycle lost() {
    return new SalesCycle(buckets.stream().filter(b -> b.outcome() == StageKind.LOST).toList());
  }

  /** The number of deals. */
  public long deals() {
    return buckets.stream().mapToLong(CycleLengthCount::count).sum();
  }

  /** Σ days ÷ deals; empty without deals. */
  public Optional<BigDecimal> averageDays() {
    long deals = deals();
    if (deals == 0) {
      return Optional.empty();
    }
    long total = buckets.stream().mapToLong(b -> b.days() * b.count()).sum();
    return Optional.of(
        BigDecimal.valueOf(total).divide(BigDecimal.valueOf(deals), 2, RoundingMode.HALF_EVEN));
  }

  /** The median length; empty without deals. */
  public Optional<BigDecimal> medianDays() {
    long deals = deals();
    if (deals == 0) {
      return Optional.empty();
    }
    List<Long> days =
        buckets.stream()
            .sorted(Comparator.comparingLong(CycleLengthCount::days))
            .map(CycleLengthCount::days)
            .toList();
    List<Long> counts =
        buckets.stream()
            .sorted(Comparator.comparingLong(CycleLengthCount::days))
            .map(CycleLengthCount::count)
            .toList();
    long lower = nth(days, counts, (deals - 1) / 2);
    long upper = nth(days, counts, deals / 2);
    return Optional.of(
        BigDecimal.valueOf(lower + upper)
            .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY));
  }

  private static long nth(List<Long> days, List<Long> counts, long index) {
    long seen = 0;
    for (int i = 0; i < days.size(); i++) {
      seen += counts.get(i);
      if (index < seen) {
        return days.get(i);
      }
    }
    throw new IllegalStateException("index beyond the histogram");
  }
}
