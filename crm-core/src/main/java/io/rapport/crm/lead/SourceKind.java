package io.rapport.crm.lead;

/** Where a lead came from. */
public enum SourceKind {
  /** A form on the bank's website or app. */
  WEB_FORM,
  /** A visit to a branch. */
  BRANCH_WALK_IN,
  /** A call to the call centre or the IVR. */
  CALL_CENTRE,
  /** A referral by an existing customer. */
  CUSTOMER_REFERRAL,
  /** A referral by an employee. */
  EMPLOYEE_REFERRAL,
  /** A partner or introducer (broker, comparison site). */
  PARTNER,
  /** A response to a campaign. */
  CAMPAIGN_RESPONSE,
  /** An event (seminar, fair). */
  EVENT
}
