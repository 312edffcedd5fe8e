package io.rapport.crm.party;

/** Whether a customer is a natural person or an organisation. */
public enum PartyKind {
  /** A natural person. */
  PERSON,
  /** A company, trust, charity or other organisation. */
  ORGANISATION
}
