package io.rapport.crm.analytics.internal;

import static org.hipparchus.special.Gamma.logGamma;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The BG/NBD log-likelihood of a whole data set (FHL 2005, eq. 6), prepared for repeated evaluation
 * by an optimiser: customers with equal {@code (x, t_x, T)} are one weighted group, and the
 * log-gamma terms, which depend on {@code x} only, are computed once per distinct {@code x} and
 * evaluation. Not API.
 */
public final class BgNbdLikelihood {
  private final int[] frequency;
  private final double[] recency;
  private final double[] age;
  private final int[] weight;
  private final int maxFrequency;

  private BgNbdLikelihood(int[] frequency, double[] recency, double[] age, int[] weight) {
    this.frequency = frequency;
    this.recency = recency;
    this.age = age;
    this.weight = weight;
    this.maxFrequency = Arrays.stream(frequency).max().orElse(0);
  }

  /** Groups customers given as parallel arrays {@code x}, {@code t_x}, {@code T}. */
  public static BgNbdLikelihood of(int[] frequency, double[] recency, double[] age) {
    Map<Triple, Integer> counts = new HashMap<>();
    for (int i = 0; i < frequency.length; i++) {
      counts.merge(new Triple(frequency[i], recency[i], age[i]), 1, Integer::sum);
    }
    int size = counts.size();
    int[] x = new int[size];
    double[] tx = new double[size];
    double[] t = new double[size];
    int[] w = new int[size];
    int i = 0;
    for (Map.Entry<Triple, Integer> entry : counts.entrySet()) {
      x[i] = entry.getKey().frequency;
      tx[i] = entry.getKey().recency;
      t[i] = entry.getKey().age;
      w[i] = entry.getValue();
      i++;
    }
    return new BgNbdLikelihood(x, tx, t, w);
  }

  /** The number of distinct {@code (x, t_x, T)} groups. */
  public int groups() {
    return frequency.length;
  }

  /** The total log-likelihood at {@code (r, α, a, b)}. */
  public double at(double r, double alpha, double a, double b) {
    // lnΓ(r+x) − lnΓ(r) + r ln α + lnΓ(a+b) + lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x), per distinct x
    double[] common = new double[maxFrequency + 1];
    boolean[] known = new boolean[maxFrequency + 1];
    double constant = -logGamma(r) + r * Math.log(alpha) + logGamma(a + b) - logGamma(b);
    double logA = Math.log(a);
    double sum = 0;
    for (int i = 0; i < frequency.length; i++) {
      int x = frequency[i];
      if (!known[x]) {
        common[x] = constant + logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x);
        known[x] = true;
      }
      double alive = -(r + x) * Math.log(alpha + age[i]);
      double value;
      if (x == 0) {
        value = alive;
      } else {
        double dropped = logA - Math.log(b + x - 1) - (r + x) * Math.log(alpha + recency[i]);
        double max = Math.max(alive, dropped);
        value = max + Math.log(Math.exp(alive - max) + Math.exp(dropped - max));
      }
      sum += weight[i] * (common[x] + value);
    }
    return sum;
  }

  private record Triple(int frequency, double recency, double age) {}
}
