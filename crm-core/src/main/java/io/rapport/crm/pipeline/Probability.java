package io.rapport.crm.pipeline;

import io.rapport.crm.common.internal.Checks;

/** A win probability in whole percent, 0 to 100. */
public record Probability(int percent) implements Comparable<Probability> {
  /** Checks the range. */
  public Probability {
    Checks.argument(percent >= 0 && percent <= 100, "probability", "probability must be 0..100");
  }

  /** {@code Probability.of(40)}. */
  public static Probability of(int percent) {
    return new Probability(percent);
  }

  @Override
  public int compareTo(Probability other) {
    return Integer.compare(percent, other.percent);
  }

  @Override
  public String toString() {
    return percent + "%";
  }
}
