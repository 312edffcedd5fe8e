package io.rapport.crm.lead;

/**
 * The consents a lead gave at capture, as captured (the consent register of record lives in the
 * compliance context).
 *
 * @param contact may the bank contact the person about this request
 * @param marketing may the bank send marketing
 * @param profiling may the bank profile the person (e.g. score the lead with a learned model)
 */
public record ConsentFlags(boolean contact, boolean marketing, boolean profiling) {
  /** Consent to be contacted about the request only. */
  public static ConsentFlags contactOnly() {
    return new ConsentFlags(true, false, false);
  }

  /** Every consent given. */
  public static ConsentFlags all() {
    return new ConsentFlags(true, true, true);
  }
}
