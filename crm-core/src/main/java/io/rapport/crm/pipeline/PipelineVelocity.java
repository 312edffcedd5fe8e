package io.rapport.crm.pipeline;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Pipeline velocity: the value the pipeline is expected to turn into won business per day,
 *
 * <pre>
 * velocity = open opportunities × average won deal value × win rate (by count) ÷ average sales
 *            cycle length of won deals (days)
 * </pre>
 *
 * rounded half-even to the currency's decimals. Empty when a factor is undefined (nothing won or
 * closed) or the average cycle is zero days.
 */
public final class PipelineVelocity {
  private PipelineVelocity() {}

  /** The velocity from its four factors; empty as described above. */
  public static Optional<Money> of(
      long openOpportunities,
      Optional<Money> averageWonValue,
      Optional<BigDecimal> winRate,
      Optional<BigDecimal> averageCycleDays) {
    Checks.argument(openOpportunities >= 0, "openOpportunities", "must not be negative");
    if (averageWonValue.isEmpty()
        || winRate.isEmpty()
        || averageCycleDays.isEmpty()
        || averageCycleDays.get().signum() == 0) {
      return Optional.empty();
    }
    Money value = averageWonValue.get();
    BigDecimal perDay =
        value
            .amount()
            .multiply(BigDecimal.valueOf(openOpportunities))
            .multiply(winRate.get())
            .divide(averageCycleDays.get(), 10, RoundingMode.HALF_EVEN);
    return Optional.of(Money.of(perDay, value.currency(), RoundingMode.HALF_EVEN));
  }
}
