package io.rapport.crm.pipeline;

import java.time.LocalDate;

/** The period a forecast groups expected close dates by. */
public enum PeriodUnit {
  /** Calendar month. */
  MONTH,
  /** Calendar quarter (January, April, July, October). */
  QUARTER;

  /** The first day of the period holding {@code day}. */
  public LocalDate startOf(LocalDate day) {
    int month = this == MONTH ? day.getMonthValue() : (day.getMonthValue() - 1) / 3 * 3 + 1;
    return LocalDate.of(day.getYear(), month, 1);
  }
}
