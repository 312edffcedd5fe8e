package io.rapport.crm.analytics;

/**
 * Named RFM segments, from the recency score {@code R} and {@code FM = ⌈(F + M) / 2⌉}, checked in
 * this order (the first that matches wins).
 */
public enum RfmSegment {
  /** {@code R ≥ 4} and {@code FM ≥ 4}: bought recently, often and much. */
  CHAMPIONS,
  /** {@code R = 3} and {@code FM ≥ 4}: frequent, valuable buyers, not the most recent. */
  LOYAL,
  /** {@code R ≥ 4} and {@code FM 2–3}: recent buyers with room to grow. */
  POTENTIAL_LOYALISTS,
  /** {@code R ≥ 4} and {@code FM = 1}: recent first purchases. */
  NEW_CUSTOMERS,
  /** {@code R = 3} and {@code FM ≤ 3}: average customers drifting. */
  NEEDS_ATTENTION,
  /** {@code R ≤ 2} and {@code FM ≥ 4}: valuable customers who have not bought for a while. */
  AT_RISK,
  /** {@code R ≤ 2} and {@code FM = 3}: fading average customers. */
  ABOUT_TO_SLEEP,
  /** {@code R ≤ 2} and {@code FM ≤ 2}: long gone, low value. */
  HIBERNATING;

  /** The segment of recency score {@code r} and frequency/monetary scores {@code f}, {@code m}. */
  public static RfmSegment of(int r, int f, int m) {
    int fm = (f + m + 1) / 2;
    if (r >= 4) {
      return fm >= 4 ? CHAMPIONS : fm >= 2 ? POTENTIAL_LOYALISTS : NEW_CUSTOMERS;
    }
    if (r == 3) {
      return fm >= 4 ? LOYAL : NEEDS_ATTENTION;
    }
    return fm >= 4 ? AT_RISK : fm == 3 ? ABOUT_TO_SLEEP : HIBERNATING;
  }
}
