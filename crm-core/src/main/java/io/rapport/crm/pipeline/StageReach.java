package io.rapport.crm.pipeline;

import io.rapport.crm.common.internal.Checks;

/**
 * How many opportunities of a pipeline went no further than the stage at {@code position}: the
 * furthest open or won stage each ever entered (lost stages do not count, a reopened deal keeps its
 * furthest stage).
 */
public record StageReach(int position, long opportunities) {
  /** Checks the values. */
  public StageReach {
    Checks.argument(position >= 0, "position", "position must not be negative");
    Checks.argument(opportunities >= 1, "opportunities", "must be positive");
  }
}
