package io.rapport.crm.compliance.access;

import io.rapport.crm.common.internal.Checks;

/**
 * A sales territory: a named group of branches, defined by {@link Territories}.
 *
 * @param code 1 to 32 characters
 */
public record Territory(String code) {
  /**
   * Checks the code.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the code is null, blank or longer than
   *     32 characters
   */
  public Territory {
    Checks.text(code, "territory", 32);
  }

  /** The territory with {@code code}. */
  public static Territory of(String code) {
    return new Territory(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
