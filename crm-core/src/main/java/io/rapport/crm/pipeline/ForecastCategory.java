package io.rapport.crm.pipeline;

/**
 * How an open opportunity counts in a forecast. Each open stage names a default category; an
 * opportunity may override it. Totals are cumulative in the usual sales sense: the commit total
 * holds {@link #COMMIT} only, the best-case total holds {@link #COMMIT} and {@link #BEST_CASE}, the
 * pipeline total holds every category but {@link #OMITTED}.
 */
public enum ForecastCategory {
  /** Expected to close; the owner commits to it. */
  COMMIT,
  /** Could close with some luck. */
  BEST_CASE,
  /** In the pipeline, not yet expected to close. */
  PIPELINE,
  /** Left out of the forecast. */
  OMITTED
}
