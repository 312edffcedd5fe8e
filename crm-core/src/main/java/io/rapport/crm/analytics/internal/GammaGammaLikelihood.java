package io.rapport.crm.analytics.internal;

import static org.hipparchus.special.Gamma.logGamma;

import java.util.Arrays;

/**
 * The Gamma-Gamma log-likelihood of a data set of repeat buyers, prepared for repeated evaluation:
 * the terms that depend on {@code x} only are computed once per distinct {@code x}, and the sums
 * {@code Σ x ln z̄}, {@code Σ ln z̄}, {@code Σ x ln x} once for all. Per customer:
 *
 * <pre>
 * lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + x z̄)
 * </pre>
 *
 * Not API.
 */
public final class GammaGammaLikelihood {
  private final int[] frequency;
  private final double[] meanValue;
  private final int[] customersWithFrequency;
  private final double sumXLogMean;
  private final double sumLogMean;
  private final double sumXLogX;

  /** Repeat buyers as parallel arrays: {@code x > 0} and {@code z̄ > 0}. */
  public GammaGammaLikelihood(int[] frequency, double[] meanValue) {
    this.frequency = frequency.clone();
    this.meanValue = meanValue.clone();
    int max = Arrays.stream(frequency).max().orElse(0);
    customersWithFrequency = new int[max + 1];
    double xLogMean = 0;
    double logMean = 0;
    double xLogX = 0;
    for (int i = 0; i < frequency.length; i++) {
      customersWithFrequency[frequency[i]]++;
      xLogMean += frequency[i] * Math.log(meanValue[i]);
      logMean += Math.log(meanValue[i]);
      xLogX += frequency[i] * Math.log(frequency[i]);
    }
    sumXLogMean = xLogMean;
    sumLogMean = logMean;
    sumXLogX = xLogX;
  }

  /** The total log-likelihood at {@code (p, q, γ)}. */
  public double at(double p, double q, double gamma) {
    int n = frequency.length;
    double sum =
        n * (q * Math.log(gamma) - logGamma(q)) + p * sumXLogMean - sumLogMean + p * sumXLogX;
    for (int x = 1; x < customersWithFrequency.length; x++) {
      if (customersWithFrequency[x] > 0) {
        sum += customersWithFrequency[x] * (logGamma(p * x + q) - logGamma(p * x));
      }
    }
    for (int i = 0; i < n; i++) {
      int x = frequency[i];
      sum -= (p * x + q) * Math.log(gamma + x * meanValue[i]);
    }
    return sum;
  }
}
