package io.rapport.crm.analytics;

import io.rapport.crm.common.internal.Checks;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFM scoring from purchase summaries. Recency is the days from the last purchase to the end of
 * observation (fewer is better), frequency the number of purchase days, monetary the total value.
 *
 * <p>Quintile score of a value {@code v} among {@code n} customers: {@code 1 + ⌊5 · w / n⌋}, where
 * {@code w} is the number of customers with a strictly worse value. <b>Ties</b> therefore share the
 * score of the lowest position they occupy, and the score never depends on input order; with many
 * ties (e.g. most customers with one purchase) a quintile can be empty and scores skip.
 */
public final class Rfm {
  private Rfm() {}

  /** The scores and segment of each summary, in the given order. */
  public static List<RfmScore> score(List<PurchaseSummary> summaries) {
    List<PurchaseSummary> all = Checks.list(summaries, "summaries");
    int n = all.size();
    double[] recency = new double[n];
    double[] frequency = new double[n];
    double[] monetary = new double[n];
    for (int i = 0; i < n; i++) {
      PurchaseSummary s = all.get(i);
      // negated so that more recent (fewer days) is a higher value
      recency[i] = -ChronoUnit.DAYS.between(s.lastPurchase(), s.observationEnd());
      frequency[i] = s.purchaseDays();
      monetary[i] = s.totalValue().doubleValue();
    }
    int[] r = quintiles(recency);
    int[] f = quintiles(frequency);
    int[] m = quintiles(monetary);
    List<RfmScore> scores = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      scores.add(
          new RfmScore(all.get(i).customer(), r[i], f[i], m[i], RfmSegment.of(r[i], f[i], m[i])));
    }
    return scores;
  }

  /** {@code 1 + ⌊5 · (values strictly below v) / n⌋} for each value {@code v}. */
  static int[] quintiles(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int[] scores = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      int below = lowerBound(sorted, values[i]);
      scores[i] = 1 + (int) (5L * below / values.length);
    }
    return scores;
  }

  private static int lowerBound(double[] sorted, double value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
