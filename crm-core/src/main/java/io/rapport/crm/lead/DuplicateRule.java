package io.rapport.crm.lead;

/** The rule by which two contacts were found to be the same person. */
public enum DuplicateRule {
  /** Same normalised e-mail address. */
  EMAIL,
  /** Same E.164 phone number. */
  PHONE,
  /** Similar folded name and the same date of birth. */
  NAME_AND_DATE_OF_BIRTH,
  /** Similar folded name and the same normalised postcode. */
  NAME_AND_POSTCODE
}
