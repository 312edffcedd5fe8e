package io.rapport.crm.compliance;

/** What one consent record says happened. */
public enum ConsentAction {
  /** Consent given and effective at once (single opt-in). */
  GRANTED,
  /** Consent given, awaiting confirmation (double opt-in): not effective until confirmed. */
  REQUESTED,
  /** A requested consent confirmed by the party: effective from now. */
  CONFIRMED,
  /** Consent withdrawn: no contact from now. */
  WITHDRAWN,
  /** Consent lapsed (recorded by the host's expiry run or at the stated expiry time). */
  EXPIRED
}
