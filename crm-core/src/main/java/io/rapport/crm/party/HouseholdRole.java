package io.rapport.crm.party;

/** A member's role in a household. */
public enum HouseholdRole {
  /** Head of the household. */
  HEAD,
  /** Spouse or partner of the head. */
  SPOUSE_OR_PARTNER,
  /** A child or other dependant. */
  DEPENDANT,
  /** Any other member. */
  OTHER
}
