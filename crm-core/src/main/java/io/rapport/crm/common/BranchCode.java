package io.rapport.crm.common;

import io.rapport.crm.common.internal.Checks;

/** A branch or territory code of the host bank; 1 to 32 characters. */
public record BranchCode(String value) {
  /** Checks the length. */
  public BranchCode {
    Checks.text(value, "branch", 32);
  }

  /** The branch with the given code. */
  public static BranchCode of(String value) {
    return new BranchCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
