package io.rapport.crm.benchmarks;

/**
 * The BG/NBD and Gamma-Gamma fit of the benchmark.
 *
 * <p><b>Coordinator: plug the analytics fitters in here.</b> The fitters (maximum likelihood BG/NBD
 * and Gamma-Gamma of {@code io.rapport.crm.analytics}) live on the analytics branch, not merged
 * when this module was written. Replace the body of {@link #fit} with the calls, e.g. fit BG/NBD on
 * {@code (frequency, recencyWeeks, ageWeeks)} and Gamma-Gamma on {@code (frequency,
 * meanRepeatValue)} of the customers with {@code frequency > 0}, and return their parameters and
 * log-likelihoods as text. Until then it fits nothing and says so.
 */
final class ModelFit {
  private ModelFit() {}

  /**
   * Fits both models to the columns; returns a one-line description of the parameters, or null when
   * no fitter is plugged in.
   */
  static String fit(SummaryColumns columns) {
    // >>> COORDINATOR: replace this line with the BG/NBD + Gamma-Gamma fit of `columns`
    // (columns.frequency(), columns.recencyWeeks(), columns.ageWeeks(), columns.meanRepeatValue()).
    return null;
  }
}
