package io.rapport.crm.common;

import io.rapport.crm.common.internal.Checks;

/** The host's identifier of an employee, e.g. a relationship manager; 1 to 64 characters. */
public record EmployeeId(String value) {
  /** Checks the length. */
  public EmployeeId {
    Checks.text(value, "employee", 64);
  }

  /** The employee with the given id. */
  public static EmployeeId of(String value) {
    return new EmployeeId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
