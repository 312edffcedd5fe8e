package io.rapport.crm.analytics.internal;

/**
 * The Gauss hypergeometric function {@code 2F1(a, b; c; z)} for {@code 0 <= z < 1}, summed as its
 * power series {@code sum_n (a)_n (b)_n / ((c)_n n!) z^n} until a term no longer changes the sum in
 * the 16th significant digit and the terms are shrinking. Not API.
 */
public final class Hypergeometric {
  /** The most terms summed before giving up. */
  static final int MAX_TERMS = 1_000_000;

  private Hypergeometric() {}

  /**
   * {@code 2F1(a, b; c; z)}.
   *
   * @throws ArithmeticException if {@code z} is outside {@code [0, 1)}, {@code c} is 0, −1, −2…, or
   *     the series has not converged after {@value #MAX_TERMS} terms
   */
  public static double f21(double a, double b, double c, double z) {
    if (!(z >= 0 && z < 1) || (c <= 0 && c == Math.rint(c))) {
      throw new ArithmeticException(
          "2F1 needs 0 <= z < 1 and c not a non-positive integer but z=" + z + ", c=" + c);
    }
    double term = 1.0;
    double sum = 1.0;
    for (int n = 0; n < MAX_TERMS; n++) {
      term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
      sum += term;
      if (!Double.isFinite(sum)) {
        break;
      }
      double nextRatio = Math.abs((a + n + 1) * (b + n + 1) / ((c + n + 1) * (n + 2)) * z);
      if (Math.abs(term) <= 1e-16 * Math.abs(sum) && nextRatio < 1) {
        return sum;
      }
      if (term == 0.0) {
        return sum;
      }
    }
    throw new ArithmeticException(
        "2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge");
  }
}
