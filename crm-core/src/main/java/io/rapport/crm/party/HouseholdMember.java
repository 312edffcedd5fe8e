package io.rapport.crm.party;

import io.rapport.crm.common.internal.Checks;

/**
 * A customer's membership of a household.
 *
 * @param primaryHousehold whether this is the customer's primary household; a customer has at most
 *     one
 */
public record HouseholdMember(CustomerId customer, HouseholdRole role, boolean primaryHousehold) {
  /** Checks presence. */
  public HouseholdMember {
    Checks.notNull(customer, "member.customer");
    Checks.notNull(role, "member.role");
  }
}
