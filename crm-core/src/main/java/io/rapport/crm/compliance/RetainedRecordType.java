package io.rapport.crm.compliance;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of record a {@link RetentionPolicy} keeps for a limited time, each with the actions
 * retention may take on it once its period has passed.
 */
public enum RetainedRecordType {
  /** A customer whose relationship was closed: erased (personal data removed everywhere). */
  CLOSED_CUSTOMER(EnumSet.of(RetentionAction.ERASE)),
  /**
   * An open lead (new, contacted or qualified) nobody changed for the period, a prospect that went
   * cold: anonymised, its status and dates kept for statistics.
   */
  LOST_LEAD(EnumSet.of(RetentionAction.ANONYMISE)),
  /** A disqualified lead: anonymised, its status, reason and dates kept for statistics. */
  DISQUALIFIED_LEAD(EnumSet.of(RetentionAction.ANONYMISE)),
  /** The membership of a customer in a campaign that ended: deleted. */
  CAMPAIGN_MEMBER(EnumSet.of(RetentionAction.DELETE)),
  /** An audit entry: a prefix of the hash chain deleted, the chain re-anchored after it. */
  AUDIT(EnumSet.of(RetentionAction.DELETE)),
  /** An interaction of the service side; reserved, no retention is applied yet. */
  INTERACTION(EnumSet.of(RetentionAction.DELETE, RetentionAction.ANONYMISE));

  private final Set<RetentionAction> actions;

  RetainedRecordType(Set<RetentionAction> actions) {
    this.actions = actions;
  }

  /** The actions retention may take on this kind of record. */
  public Set<RetentionAction> actions() {
    return EnumSet.copyOf(actions);
  }

  /** The action taken when a policy names none: the first of {@link #actions()}. */
  public RetentionAction defaultAction() {
    return actions.iterator().next();
  }
}
