package io.rapport.crm.party;

import io.rapport.crm.common.CrmException;

/**
 * A household change that breaks a membership rule: a customer already in the household or already
 * in another primary household, removing the primary member, an unknown member.
 */
public class HouseholdMembershipException extends CrmException {
  private static final long serialVersionUID = 1L;
  private final transient HouseholdId householdId;
  private final transient CustomerId customerId;

  /** Creates the exception with a message naming the rule; ids only, no personal data. */
  public HouseholdMembershipException(HouseholdId householdId, CustomerId customerId, String rule) {
    super("Household " + householdId + ", customer " + customerId + ": " + rule);
    this.householdId = householdId;
    this.customerId = customerId;
  }

  /** The household. */
  public HouseholdId householdId() {
    return householdId;
  }

  /** The customer concerned. */
  public CustomerId customerId() {
    return customerId;
  }
}
