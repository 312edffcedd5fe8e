package io.rapport.crm.analytics;

import io.rapport.crm.common.ScoreKind;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A computed figure of one customer, stored so that segments can select on it ({@code
 * Criterion.ScoreBetween}, {@code Criterion.ScoreIn}). One per customer and kind; storing it again
 * replaces it.
 *
 * @param customer the customer
 * @param kind what the figure is
 * @param value the number, at most 18 integer digits, rounded half-even to {@value #SCALE} decimals
 * @param label the name of the figure ({@code CHAMPIONS}, {@code 545}), null for pure numbers; 1 to
 *     40 characters
 * @param computedAt when it was computed, to the microsecond
 */
public record CustomerScore(
    CustomerId customer, ScoreKind kind, BigDecimal value, String label, Instant computedAt) {
  /** Decimals stored. */
  public static final int SCALE = 6;

  /** Checks presence and ranges, and normalises the scale. */
  public CustomerScore {
    Checks.notNull(customer, "customer");
    Checks.notNull(kind, "kind");
    Checks.notNull(value, "value");
    Checks.notNull(computedAt, "computedAt");
    value = value.setScale(SCALE, RoundingMode.HALF_EVEN);
    Checks.argument(
        value.precision() - value.scale() <= 18,
        "value",
        "value must have at most 18 integer digits");
    if (label != null) {
      Checks.text(label, "label", 40);
    }
    computedAt = computedAt.truncatedTo(ChronoUnit.MICROS);
  }

  /** A number without a label. */
  public static CustomerScore of(
      CustomerId customer, ScoreKind kind, double value, Instant computedAt) {
    Checks.argument(Double.isFinite(value), "value", "value must be finite");
    return new CustomerScore(customer, kind, BigDecimal.valueOf(value), null, computedAt);
  }

  /** The RFM segment and RFM code scores of {@code score}. */
  public static List<CustomerScore> ofRfm(RfmScore score, Instant computedAt) {
    Checks.notNull(score, "score");
    return List.of(
        new CustomerScore(
            score.customer(),
            ScoreKind.RFM_SEGMENT,
            BigDecimal.valueOf(score.segment().ordinal() + 1L),
            score.segment().name(),
            computedAt),
        new CustomerScore(
            score.customer(),
            ScoreKind.RFM_SCORE,
            BigDecimal.valueOf(100L * score.recency() + 10L * score.frequency() + score.monetary()),
            score.code(),
            computedAt));
  }
}
