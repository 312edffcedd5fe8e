package io.rapport.crm.party.merge;

/** Why two customers are probably the same party. */
public enum MatchReason {
  /** The same normalised e-mail address. */
  EMAIL,
  /** The same E.164 phone number. */
  PHONE,
  /** The same government id. */
  GOVERNMENT_ID,
  /** Similar folded names and the same date of birth or incorporation. */
  NAME_AND_DATE_OF_BIRTH,
  /** Similar folded names and a shared postcode. */
  NAME_AND_POSTCODE
}
