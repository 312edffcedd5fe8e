package io.rapport.crm.party;

/** What a contact point is for. */
public enum ContactPurpose {
  /** Private, everyday contact. */
  PERSONAL,
  /** Work or business contact. */
  WORK,
  /** Home address or landline. */
  HOME,
  /** Where statements are sent. */
  STATEMENTS,
  /** General correspondence. */
  CORRESPONDENCE,
  /** An organisation's registered office. */
  REGISTERED_OFFICE
}
