package io.rapport.crm.party;

/**
 * How one customer ({@code from}) relates to another ({@code to}). Symmetric types read the same
 * both ways; the others read "from is the … of to".
 */
public enum RelationshipType {
  /** Married or in a civil union; symmetric. */
  SPOUSE(true, false),
  /** Living together as partners; symmetric. */
  PARTNER(true, false),
  /** From is a parent of to. */
  PARENT(false, false),
  /** From is the legal guardian of to. */
  GUARDIAN(false, false),
  /** From is a beneficiary of to. */
  BENEFICIARY(false, false),
  /** From holds a power of attorney for to. */
  POWER_OF_ATTORNEY(false, false),
  /** From employs to. */
  EMPLOYER(false, false),
  /** From owns (a share of) the organisation to. */
  BUSINESS_OWNER(false, true),
  /** From is a director of the organisation to. */
  DIRECTOR(false, true);

  private final boolean symmetric;
  private final boolean requiresOrganisationTarget;

  RelationshipType(boolean symmetric, boolean requiresOrganisationTarget) {
    this.symmetric = symmetric;
    this.requiresOrganisationTarget = requiresOrganisationTarget;
  }

  /** Whether the relationship reads the same in both directions. */
  public boolean symmetric() {
    return symmetric;
  }

  /** Whether {@code to} must be an organisation. */
  public boolean requiresOrganisationTarget() {
    return requiresOrganisationTarget;
  }
}
