package io.rapport.crm.party;

/** A customer's role on an account. */
public enum HoldingRole {
  /** Sole owner. */
  OWNER,
  /** One of several owners. */
  JOINT_OWNER,
  /** Beneficiary, e.g. of an insurance policy or a trust account. */
  BENEFICIARY,
  /** Authorised to sign but not an owner. */
  SIGNATORY
}
