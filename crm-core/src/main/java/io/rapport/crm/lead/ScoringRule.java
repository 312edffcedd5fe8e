package io.rapport.crm.lead;

import io.rapport.crm.common.internal.Checks;
import java.time.Duration;

/**
 * Points for a lead whose feature (see {@link LeadFeatures}) has a value, decaying with the lead's
 * age when a half-life is given: {@code points × 0.5^(age / halfLife)}.
 *
 * @param points -100 to 100
 * @param halfLife null for no decay
 */
public record ScoringRule(String feature, String value, int points, Duration halfLife) {
  /** Checks presence and ranges. */
  public ScoringRule {
    Checks.text(feature, "feature", 50);
    Checks.text(value, "value", 50);
    Checks.argument(points >= -100 && points <= 100, "points", "points must be -100..100");
    Checks.argument(
        halfLife == null || (!halfLife.isNegative() && !halfLife.isZero()),
        "halfLife",
        "halfLife must be positive");
  }

  /** A rule without decay. */
  public static ScoringRule points(String feature, String value, int points) {
    return new ScoringRule(feature, value, points, null);
  }

  /** This rule decaying with {@code value} as half-life. */
  public ScoringRule decaying(Duration value) {
    return new ScoringRule(feature, this.value, points, value);
  }

  /** The points after decay for a lead of age {@code age} (never negative age). */
  public double pointsAt(Duration age) {
    if (halfLife == null || age.isNegative() || age.isZero()) {
      return points;
    }
    return points * Math.pow(0.5, (double) age.toSeconds() / halfLife.toSeconds());
  }
}
