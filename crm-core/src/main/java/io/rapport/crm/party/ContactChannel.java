package io.rapport.crm.party;

/** The kind of contact point; a customer has at most one primary contact point per channel. */
public enum ContactChannel {
  /** An e-mail address. */
  EMAIL,
  /** A phone number. */
  PHONE,
  /** A postal address. */
  POSTAL
}
