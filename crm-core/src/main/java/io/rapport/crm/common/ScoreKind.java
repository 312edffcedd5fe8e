package io.rapport.crm.common;

/**
 * The kinds of per-customer figures the analytics store for segment criteria. Every stored score
 * has a number; kinds with a name also carry a label.
 */
public enum ScoreKind {
  /** RFM segment: label the segment name (e.g. {@code CHAMPIONS}), number its position 1–8. */
  RFM_SEGMENT,
  /** RFM scores: label the code (e.g. {@code 545}), number {@code 100·R + 10·F + M}. */
  RFM_SCORE,
  /** Predicted lifetime value over the horizon, in the currency of the fit. */
  CLV,
  /** BG/NBD probability that the customer is still alive, 0–1. */
  P_ALIVE,
  /** BG/NBD expected purchases over the horizon. */
  EXPECTED_TRANSACTIONS
}
