package io.rapport.crm.compliance;

/**
 * The sections of a subject-access export, in the order they are visited. Each is one array of the
 * JSON document; {@link #jsonName()} is its property name.
 */
public enum SubjectSection {
  /** The customer record itself, with party, contact points and tags: one element. */
  CUSTOMER("customer"),
  /** Relationships from or to the customer. */
  RELATIONSHIPS("relationships"),
  /** Households the customer belongs to. */
  HOUSEHOLDS("households"),
  /** The customer's holdings (products and accounts). */
  HOLDINGS("holdings"),
  /** Leads converted to the customer or linked to them. */
  LEADS("leads"),
  /** Opportunities for the customer, open, won and lost. */
  OPPORTUNITIES("opportunities"),
  /** The stage changes of those opportunities. */
  STAGE_HISTORY("stageHistory"),
  /** Consent records of the customer and of their leads. */
  CONSENTS("consents"),
  /** The customer's memberships of launched campaigns. */
  CAMPAIGN_MEMBERSHIPS("campaignMemberships"),
  /** Static lists (segments) the customer is on, each narrowed to the customer alone. */
  SEGMENT_LISTS("segmentLists"),
  /** Computed figures about the customer (RFM, CLV, P(alive)...). */
  SCORES("scores"),
  /** Financial events (revenue, cost and purchase lines) of the customer, oldest first. */
  FINANCIAL_EVENTS("financialEvents"),
  /** Audit entries about the customer and the records above, in chain order. */
  AUDIT_ENTRIES("auditEntries");

  private final String jsonName;

  SubjectSection(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The section's property name in the JSON document, e.g. {@code financialEvents}. */
  public String jsonName() {
    return jsonName;
  }
}
