package io.rapport.crm.benchmarks;

import io.rapport.crm.analytics.BgNbdModel;
import io.rapport.crm.analytics.GammaGammaModel;
import io.rapport.crm.analytics.RepeatBuying;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The BG/NBD and Gamma-Gamma fit of the benchmark: maximum likelihood on every customer's {@code
 * (x, t_x, T)} for BG/NBD and on the repeat buyers' {@code (x, z̄)} for Gamma-Gamma, with the
 * fitters of {@code io.rapport.crm.analytics}.
 */
final class ModelFit {
  private ModelFit() {}

  /** Fits both models to the columns; returns a one-line description of the parameters. */
  static String fit(SummaryColumns columns) {
    int[] frequency = columns.frequency();
    double[] recency = columns.recencyWeeks();
    double[] age = columns.ageWeeks();
    double[] value = columns.meanRepeatValue();
    List<RepeatBuying> customers = new ArrayList<>(frequency.length);
    for (int i = 0; i < frequency.length; i++) {
      customers.add(new RepeatBuying(frequency[i], recency[i], age[i], value[i]));
    }
    BgNbdModel bgNbd = BgNbdModel.fit(customers);
    GammaGammaModel gammaGamma = GammaGammaModel.fit(customers);
    return String.format(
        Locale.ROOT,
        "BG/NBD r=%.4f alpha=%.4f a=%.4f b=%.4f LL=%.1f; Gamma-Gamma p=%.4f q=%.4f gamma=%.4f",
        bgNbd.r(),
        bgNbd.alpha(),
        bgNbd.a(),
        bgNbd.b(),
        bgNbd.logLikelihood(),
        gammaGamma.p(),
        gammaGamma.q(),
        gammaGamma.gamma());
  }
}
