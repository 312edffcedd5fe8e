package io.rapport.crm.pipeline;

import io.rapport.crm.common.internal.Checks;
import java.util.Comparator;

/**
 * How many closed deals took {@code days} days from opening to closing: one bucket of the
 * sales-cycle histogram.
 *
 * @param outcome {@link StageKind#WON} or {@link StageKind#LOST}
 */
public record CycleLengthCount(StageKind outcome, long days, long count) {
  /** Outcome, then days. */
  public static final Comparator<CycleLengthCount> ORDER =
      Comparator.comparing(CycleLengthCount::outcome).thenComparingLong(CycleLengthCount::days);

  /** Checks the values. */
  public CycleLengthCount {
    Checks.argument(
        outcome == StageKind.WON || outcome == StageKind.LOST, "outcome", "must be WON or LOST");
    Checks.argument(days >= 0, "days", "days must not be negative");
    Checks.argument(count >= 1, "count", "count must be positive");
  }
}
