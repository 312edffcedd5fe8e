package io.rapport.crm.pipeline;

import io.rapport.crm.common.internal.Checks;

/**
 * A reason a deal was lost, from the tenant's list in the pipeline definition.
 *
 * @param code stable code, 1 to 50 characters, e.g. {@code PRICE}
 * @param label what users read, e.g. "Rate not competitive"
 */
public record LostReason(String code, String label) {
  /** Checks the lengths. */
  public LostReason {
    Checks.text(code, "lostReason.code", 50);
    Checks.text(label, "lostReason.label", 200);
  }

  /** {@code LostReason.of("PRICE", "Rate not competitive")}. */
  public static LostReason of(String code, String label) {
    return new LostReason(code, label);
  }
}
