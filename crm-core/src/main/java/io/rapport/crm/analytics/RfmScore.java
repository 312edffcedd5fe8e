package io.rapport.crm.analytics;

import io.rapport.crm.party.CustomerId;

/**
 * One customer's RFM quintile scores (1 = worst, 5 = best) and segment.
 *
 * @param customer the customer
 * @param recency the recency score: 5 for the most recent buyers
 * @param frequency the frequency score: 5 for the most purchase days
 * @param monetary the monetary score: 5 for the highest total value
 * @param segment the named segment
 */
public record RfmScore(
    CustomerId customer, int recency, int frequency, int monetary, RfmSegment segment) {

  /** The scores as the usual three-digit code, e.g. "545". */
  public String code() {
    return "" + recency + frequency + monetary;
  }
}
