package io.rapport.crm.analytics;

import io.rapport.crm.common.internal.Checks;

/**
 * The sufficient statistics of one customer's repeat buying, as the BG/NBD and Gamma-Gamma models
 * read them: {@code x} repeat purchase days, recency {@code t_x} and age {@code T} in weeks, and
 * the mean value {@code z-bar} of the repeat purchases (zero when {@code x = 0}).
 *
 * @param frequency repeat purchase days {@code x}, at least 0
 * @param recencyWeeks weeks from the first to the last purchase {@code t_x}, 0 when {@code x = 0}
 * @param ageWeeks weeks from the first purchase to the end of observation {@code T}, at least
 *     {@code t_x}
 * @param meanRepeatValue mean value of the repeat purchases {@code z-bar}, at least 0
 */
public record RepeatBuying(
    int frequency, double recencyWeeks, double ageWeeks, double meanRepeatValue) {

  /** Checks ranges: {@code 0 <= t_x <= T}, {@code x >= 0}, finite values. */
  public RepeatBuying {
    Checks.argument(frequency >= 0, "frequency", "frequency must be >= 0");
    Checks.argument(
        Double.isFinite(recencyWeeks) && recencyWeeks >= 0,
        "recencyWeeks",
        "recencyWeeks must be finite and >= 0");
    Checks.argument(
        Double.isFinite(ageWeeks) && ageWeeks >= recencyWeeks,
        "ageWeeks",
        "ageWeeks must be finite and >= recencyWeeks %s",
        recencyWeeks);
    Checks.argument(
        Double.isFinite(meanRepeatValue) && meanRepeatValue >= 0,
        "meanRepeatValue",
        "meanRepeatValue must be finite and >= 0");
    Checks.argument(
        frequency > 0 || recencyWeeks == 0,
        "recencyWeeks",
        "recencyWeeks must be 0 without repeat purchases");
  }

  /** The statistics of a stored {@link PurchaseSummary}. */
  public static RepeatBuying of(PurchaseSummary summary) {
    Checks.notNull(summary, "summary");
    return new RepeatBuying(
        summary.frequency(),
        summary.recencyWeeks(),
        summary.ageWeeks(),
        summary.meanRepeatValue().doubleValue());
  }

  /** {@code x}, {@code t_x}, {@code T} without monetary value. */
  public static RepeatBuying of(int frequency, double recencyWeeks, double ageWeeks) {
    return new RepeatBuying(frequency, recencyWeeks, ageWeeks, 0.0);
  }
}
