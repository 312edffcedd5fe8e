package io.rapport.crm.finance;

import io.rapport.crm.common.internal.Checks;
import java.time.LocalDate;

/**
 * The days from {@code from} to {@code to}, both included.
 *
 * @param from the first day
 * @param to the last day, on or after {@code from}
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {
  /** Checks the order. */
  public ReportingPeriod {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.argument(!to.isBefore(from), "to", "to must not be before from");
  }

  /** {@code ReportingPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))}. */
  public static ReportingPeriod of(LocalDate from, LocalDate to) {
    return new ReportingPeriod(from, to);
  }

  /** Whether {@code day} lies in the period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
