package io.rapport.crm.compliance.access;

import io.rapport.crm.common.internal.Checks;

/**
 * The policy's answer for one caller and one record.
 *
 * @param allowed whether the access is allowed
 * @param masked whether the record's identifiers must be masked for this caller (only meaningful
 *     when allowed)
 * @param reason why, in words for logs and audits; never holds personal data
 */
public record Decision(boolean allowed, boolean masked, String reason) {
  /**
   * Checks the reason.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the reason is null or blank
   */
  public Decision {
    Checks.text(reason, "reason", 200);
  }

  static Decision allow(boolean masked, String reason) {
    return new Decision(true, masked, reason);
  }

  static Decision deny(String reason) {
    return new Decision(false, false, reason);
  }
}
