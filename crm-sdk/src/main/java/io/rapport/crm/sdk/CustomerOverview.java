package io.rapport.crm.sdk;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.Relationship;
import java.util.List;

/**
 * A customer with everything directly attached to it, read in one consistent unit of work: the
 * single-customer view of an advisor screen.
 *
 * @param customer the customer
 * @param relationships every relationship the customer is a party of, ended ones included, by id
 * @param households the households the customer is a member of, by id
 * @param holdings the customer's holdings, closed ones included, by id
 */
public record CustomerOverview(
    Customer customer,
    List<Relationship> relationships,
    List<Household> households,
    List<Holding> holdings) {

  /**
   * Checks presence and copies the lists.
   *
   * @throws io.rapport.crm.common.InvalidValueException if a value is null
   */
  public CustomerOverview {
    Checks.notNull(customer, "customer");
    relationships = Checks.list(relationships, "relationships");
    households = Checks.list(households, "households");
    holdings = Checks.list(holdings, "holdings");
  }
}
