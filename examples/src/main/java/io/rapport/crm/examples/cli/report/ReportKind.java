package io.rapport.crm.examples.cli.report;

/** The reports of {@code rapport report}. */
enum ReportKind {
  /** Profit per decile, product and household over the twelve months to the as-of day. */
  PROFITABILITY,
  /** Monthly churn and retention and the cohort matrix over the twelve months to the as-of day. */
  CHURN,
  /** RFM segment counts over the purchases up to the as-of day. */
  RFM,
  /** Acquisition cost, retention, products per customer and ARPC of the twelve months. */
  KPIS
}
