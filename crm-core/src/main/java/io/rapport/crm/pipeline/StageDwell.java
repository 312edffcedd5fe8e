package io.rapport.crm.pipeline;

import io.rapport.crm.common.internal.Checks;
import java.time.Duration;
import java.util.Comparator;

/**
 * Completed stays in one stage of a pipeline: how many, and their total length in seconds. A stay
 * is completed when the opportunity leaves the stage (moved, won, lost, or reopened out of a closed
 * stage); the current stay of an opportunity is not counted.
 */
public record StageDwell(String stage, long stays, long totalSeconds) {
  /** By stage code (String order). */
  public static final Comparator<StageDwell> ORDER = Comparator.comparing(StageDwell::stage);

  /** Checks the values. */
  public StageDwell {
    Checks.notNull(stage, "stage");
    Checks.argument(stays >= 1, "stays", "stays must be positive");
    Checks.argument(totalSeconds >= 0, "totalSeconds", "must not be negative");
  }

  /** Average time in the stage = total seconds ÷ stays, rounded down to whole seconds. */
  public Duration averageTime() {
    return Duration.ofSeconds(totalSeconds / stays);
  }
}
