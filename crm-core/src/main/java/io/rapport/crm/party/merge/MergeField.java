package io.rapport.crm.party.merge;

/** The customer fields a merge resolves with a {@link SurvivorshipRule}. */
public enum MergeField {
  /** The legal name. */
  LEGAL_NAME,
  /** The display name. */
  DISPLAY_NAME,
  /** The date of birth or incorporation. */
  FOUNDING_DATE,
  /** The national id or tax id. */
  GOVERNMENT_ID,
  /** The preferred language. */
  PREFERRED_LANGUAGE,
  /** The relationship manager. */
  OWNER,
  /** The branch. */
  BRANCH
}
