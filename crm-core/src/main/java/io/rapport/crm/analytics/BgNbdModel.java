package io.rapport.crm.analytics;

import static org.hipparchus.special.Gamma.logGamma;

import io.rapport.crm.analytics.internal.BgNbdLikelihood;
import io.rapport.crm.analytics.internal.Hypergeometric;
import io.rapport.crm.analytics.internal.MaximumLikelihood;
import io.rapport.crm.common.internal.Checks;
import java.util.List;

/**
 * The BG/NBD model of Fader, Hardie and Lee, "Counting Your Customers the Easy Way" (Marketing
 * Science 24(2), 2005). While alive, a customer buys as a Poisson process with rate {@code λ ~
 * Gamma(r, α)}; after each purchase they die with probability {@code p ~ Beta(a, b)}. Time is in
 * weeks.
 *
 * <p>Per customer with {@code x} repeat purchases, recency {@code t_x} and age {@code T} (eq. 6):
 *
 * <pre>
 * L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
 *   + [x &gt; 0] · B(a+1, b+x−1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x))
 * </pre>
 *
 * <p>Conditional expectation of the purchases in the next {@code t} weeks (eq. 10), with {@code z =
 * t/(α+T+t)}:
 *
 * <pre>
 * E[Y(t) | x, t_x, T] = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; z)]
 *                       / (1 + [x &gt; 0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))
 * </pre>
 *
 * <p>The hypergeometric factor is evaluated after Euler's transformation {@code 2F1(A, B; C; z) =
 * (1−z)^(C−A−B) 2F1(C−A, C−B; C; z)}, which turns {@code ((α+T)/(α+T+t))^(r+x) 2F1(…)} into {@code
 * (1−z)^(a−1) · 2F1(a+b−1−r, a−1; a+b+x−1; z)}: its parameters no longer grow with {@code x}, so
 * the series neither overflows nor converges slowly for frequent buyers. The unconditional {@code
 * E[X(t)]} (eq. 9) is the same expression with {@code x = t_x = T = 0}.
 *
 * <p>P(alive) (eq. 11): {@code 1 / (1 + [x > 0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))}.
 *
 * @param r shape of the purchase-rate Gamma distribution
 * @param alpha scale of the purchase-rate Gamma distribution (weeks)
 * @param a first parameter of the dropout Beta distribution
 * @param b second parameter of the dropout Beta distribution
 * @param logLikelihood the log-likelihood of the data the model was fitted on, NaN if not fitted
 */
public record BgNbdModel(double r, double alpha, double a, double b, double logLikelihood) {

  /** Checks the parameters are finite and positive. */
  public BgNbdModel {
    positive(r, "r");
    positive(alpha, "alpha");
    positive(a, "a");
    positive(b, "b");
  }

  /** A model with given parameters, not fitted to data. */
  public static BgNbdModel of(double r, double alpha, double a, double b) {
    return new BgNbdModel(r, alpha, a, b, Double.NaN);
  }

  /**
   * Fits the model by maximum likelihood to stored purchase summaries.
   *
   * @throws ModelFitException if there are no customers, nobody repeat-bought, or no convergence
   */
  public static BgNbdModel fitSummaries(List<PurchaseSummary> summaries) {
    Checks.notNull(summaries, "summaries");
    return fit(summaries.stream().map(RepeatBuying::of).toList());
  }

  /**
   * Fits the model by maximum likelihood (Nelder-Mead on log-parameters, Hipparchus), grouping
   * customers with identical {@code (x, t_x, T)} and computing the log-gamma terms once per
   * distinct {@code x}. Starts from {@code r = 1, α = mean T, a = 1, b = 1}.
   *
   * @throws ModelFitException if there are no customers, nobody repeat-bought, or no convergence
   */
  public static BgNbdModel fit(List<RepeatBuying> customers) {
    Checks.notNull(customers, "customers");
    if (customers.stream().noneMatch(c -> c.frequency() > 0)) {
      throw new ModelFitException("BG/NBD", "no customer has a repeat purchase");
    }
    int n = customers.size();
    int[] frequency = new int[n];
    double[] recency = new double[n];
    double[] age = new double[n];
    double meanAge = 0;
    for (int i = 0; i < n; i++) {
      RepeatBuying customer = customers.get(i);
      frequency[i] = customer.frequency();
      recency[i] = customer.recencyWeeks();
      age[i] = customer.ageWeeks();
      meanAge += age[i] / n;
    }
    BgNbdLikelihood likelihood = BgNbdLikelihood.of(frequency, recency, age);
    try {
      double[] optimum =
          MaximumLikelihood.maximise(
              p -> likelihood.at(p[0], p[1], p[2], p[3]), 1.0, Math.max(meanAge, 1.0), 1.0, 1.0);
      return new BgNbdModel(optimum[0], optimum[1], optimum[2], optimum[3], optimum[4]);
    } catch (ArithmeticException e) {
      throw new ModelFitException("BG/NBD", e.getMessage());
    }
  }

  /** This customer's log-likelihood {@code ln L(r, α, a, b | x, t_x, T)}. */
  public double logLikelihood(RepeatBuying customer) {
    int x = customer.frequency();
    double a1 = logGamma(r + x) - logGamma(r) + r * Math.log(alpha);
    double a2 = logGamma(a + b) + logGamma(b + x) - logGamma(b) - logGamma(a + b + x);
    double a3 = -(r + x) * Math.log(alpha + customer.ageWeeks());
    if (x == 0) {
      return a1 + a2 + a3;
    }
    double a4 =
        Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + customer.recencyWeeks());
    double max = Math.max(a3, a4);
    return a1 + a2 + max + Math.log(Math.exp(a3 - max) + Math.exp(a4 - max));
  }

  /** Expected purchases of a new customer in their first {@code t} weeks, {@code E[X(t)]}. */
  public double expectedTransactions(double weeks) {
    return conditionalExpectedTransactions(weeks, RepeatBuying.of(0, 0, 0));
  }

  /**
   * Expected purchases of this customer in the next {@code t} weeks, {@code E[Y(t) | x, t_x, T]}.
   */
  public double conditionalExpectedTransactions(double weeks, RepeatBuying customer) {
    Checks.argument(Double.isFinite(weeks) && weeks >= 0, "weeks", "weeks must be >= 0");
    if (weeks == 0) {
      return 0;
    }
    Checks.argument(
        a != 1, "a", "a = 1 exactly is a removable singularity not evaluated; use a != 1");
    int x = customer.frequency();
    double z = weeks / (alpha + customer.ageWeeks() + weeks);
    double tail =
        Math.pow(1 - z, a - 1) * Hypergeometric.f21(a + b - 1 - r, a - 1, a + b + x - 1, z);
    double scale = (a + b + x - 1) / (a - 1);
    return scale * (1 - tail) * probabilityAlive(customer);
  }

  /** The probability that this customer is still alive at the end of observation. */
  public double probabilityAlive(RepeatBuying customer) {
    int x = customer.frequency();
    if (x == 0) {
      return 1.0;
    }
    double logRatio =
        (r + x)
            * (Math.log(alpha + customer.ageWeeks()) - Math.log(alpha + customer.recencyWeeks()));
    return 1.0 / (1.0 + a / (b + x - 1) * Math.exp(logRatio));
  }

  private static void positive(double value, String field) {
    Checks.argument(Double.isFinite(value) && value > 0, field, "%s must be finite and > 0", field);
  }
}
