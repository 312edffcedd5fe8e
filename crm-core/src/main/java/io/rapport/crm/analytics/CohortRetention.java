package io.rapport.crm.analytics;

import java.time.YearMonth;
import java.util.List;

/**
 * One row of the cohort retention matrix: the customers acquired in {@code cohort}, and the share
 * of them still customers at the end of each month since, {@code retained.get(k)} for month {@code
 * cohort + k}.
 *
 * @param cohort the acquisition month
 * @param size the customers acquired that month
 * @param retained the share still customers at the end of month {@code cohort + k}, k = 0, 1, …
 */
public record CohortRetention(YearMonth cohort, int size, List<Double> retained) {
  /** Copies the list. */
  public CohortRetention {
    retained = List.copyOf(retained);
  }
}
