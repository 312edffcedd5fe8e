package io.rapport.crm.analytics;

import static org.hipparchus.special.Gamma.logGamma;

import io.rapport.crm.analytics.internal.GammaGammaLikelihood;
import io.rapport.crm.analytics.internal.MaximumLikelihood;
import io.rapport.crm.common.internal.Checks;
import java.util.List;

/**
 * The Gamma-Gamma model of monetary value (Fader and Hardie, "The Gamma-Gamma Model of Monetary
 * Value", 2013). A customer's purchase values are {@code Gamma(p, ν)}, with {@code ν ~ Gamma(q, γ)}
 * across customers; it is fitted on the customers with at least one repeat purchase, from their
 * number {@code x} of repeat purchases and their mean value {@code z̄}.
 *
 * <p>Per customer (as in the lifetimes package):
 *
 * <pre>
 * ln L = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + x z̄)
 * </pre>
 *
 * <p>Conditional expected average value (eq. 5): {@code E[Z | x, z̄] = p(γ + x z̄) / (px + q − 1)},
 * a weighted mean of the population mean {@code pγ/(q−1)} and the customer's own {@code z̄}; for a
 * customer without repeat purchases it is the population mean. Requires {@code q > 1}.
 *
 * @param p shape of the purchase-value distribution
 * @param q shape of the distribution of the customers' scale
 * @param gamma scale of the distribution of the customers' scale
 * @param logLikelihood the log-likelihood of the data the model was fitted on, NaN if not fitted
 */
public record GammaGammaModel(double p, double q, double gamma, double logLikelihood) {

  /** Checks the parameters are finite and positive. */
  public GammaGammaModel {
    for (double value : new double[] {p, q, gamma}) {
      Checks.argument(
          Double.isFinite(value) && value > 0,
          "p/q/gamma",
          "parameters must be > 0 but were %s, %s, %s",
          p,
          q,
          gamma);
    }
  }

  /** A model with given parameters, not fitted to data. */
  public static GammaGammaModel of(double p, double q, double gamma) {
    return new GammaGammaModel(p, q, gamma, Double.NaN);
  }

  /**
   * Fits the model to the stored summaries with a repeat purchase (the others are skipped).
   *
   * @throws ModelFitException if no summary has a repeat purchase with a positive value
   */
  public static GammaGammaModel fitSummaries(List<PurchaseSummary> summaries) {
    Checks.notNull(summaries, "summaries");
    return fit(summaries.stream().map(RepeatBuying::of).toList());
  }

  /**
   * Fits the model by maximum likelihood (Nelder-Mead on log-parameters, Hipparchus) on the
   * customers with {@code x > 0} and {@code z̄ > 0}; starts from {@code p = 1, q = 1, γ = mean z̄}.
   *
   * @throws ModelFitException if no customer has a repeat purchase with a positive value
   */
  public static GammaGammaModel fit(List<RepeatBuying> customers) {
    Checks.notNull(customers, "customers");
    List<RepeatBuying> repeaters =
        customers.stream().filter(c -> c.frequency() > 0 && c.meanRepeatValue() > 0).toList();
    if (repeaters.isEmpty()) {
      throw new ModelFitException("Gamma-Gamma", "no customer has a valued repeat purchase");
    }
    double meanValue =
        repeaters.stream().mapToDouble(RepeatBuying::meanRepeatValue).average().orElseThrow();
    GammaGammaLikelihood likelihood =
        new GammaGammaLikelihood(
            repeaters.stream().mapToInt(RepeatBuying::frequency).toArray(),
            repeaters.stream().mapToDouble(RepeatBuying::meanRepeatValue).toArray());
    try {
      double[] optimum =
          MaximumLikelihood.maximise(
              params -> likelihood.at(params[0], params[1], params[2]), 1.0, 1.0, meanValue);
      return new GammaGammaModel(optimum[0], optimum[1], optimum[2], optimum[3]);
    } catch (ArithmeticException e) {
      throw new ModelFitException("Gamma-Gamma", e.getMessage());
    }
  }

  /** This repeat customer's log-likelihood; requires {@code x > 0} and {@code z̄ > 0}. */
  public double logLikelihood(RepeatBuying customer) {
    int x = customer.frequency();
    double mean = customer.meanRepeatValue();
    Checks.argument(x > 0 && mean > 0, "customer", "Gamma-Gamma needs x > 0 and z-bar > 0");
    double px = p * x;
    return logGamma(px + q)
        - logGamma(px)
        - logGamma(q)
        + q * Math.log(gamma)
        + (px - 1) * Math.log(mean)
        + px * Math.log(x)
        - (px + q) * Math.log(gamma + x * mean);
  }

  /**
   * The expected value of this customer's future purchases, {@code E[Z | x, z̄]}.
   *
   * @throws io.rapport.crm.common.InvalidValueException if {@code q <= 1} (no finite mean)
   */
  public double conditionalExpectedAverageValue(RepeatBuying customer) {
    Checks.argument(q > 1, "q", "q must be > 1 for a finite mean");
    int x = customer.frequency();
    return p * (gamma + x * customer.meanRepeatValue()) / (p * x + q - 1);
  }
}
