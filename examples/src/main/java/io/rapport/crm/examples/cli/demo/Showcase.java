package io.rapport.crm.examples.cli.demo;

import io.rapport.crm.common.PageRequest;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.CustomerOverview;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the customer the demo shows in detail: an active affluent customer living with others, with
 * relationships and several holdings, found through the SDK's search and overview; any customer
 * when the tenant has no such one.
 */
final class Showcase {
  private static final int CANDIDATES = 50;

  private Showcase() {}

  /** The overview of the chosen customer; empty when the tenant has no customers. */
  static Optional<CustomerOverview> choose(Crm crm, Caller caller) {
    CustomerQuery rich = CustomerQuery.all().withTag("affluent").withStatus(CustomerStatus.ACTIVE);
    List<Customer> candidates =
        crm.customers().search(caller, rich, PageRequest.first(CANDIDATES)).items();
    CustomerOverview fallback = null;
    for (Customer candidate : candidates) {
      CustomerOverview overview = crm.customers().overview(caller, candidate.id());
      fallback = fallback == null ? overview : fallback;
      boolean livesWithOthers =
          overview.households().stream().anyMatch(h -> h.members().size() >= 2);
      if (livesWithOthers
          && overview.holdings().size() >= 2
          && !overview.relationships().isEmpty()) {
        return Optional.of(overview);
      }
    }
    if (fallback != null) {
      return Optional.of(fallback);
    }
    return crm
        .customers()
        .search(caller, CustomerQuery.all(), PageRequest.first(1))
        .items()
        .stream()
        .findFirst()
        .map(customer -> crm.customers().overview(caller, customer.id()));
  }

  /** Display names of the customer, its related customers and its household members. */
  static Map<CustomerId, String> names(Crm crm, Caller caller, CustomerOverview overview) {
    Map<CustomerId, String> names = new HashMap<>();
    names.put(overview.customer().id(), overview.customer().displayName());
    for (Relationship relationship : overview.relationships()) {
      lookUp(crm, caller, relationship.from(), names);
      lookUp(crm, caller, relationship.to(), names);
    }
    for (Household household : overview.households()) {
      for (HouseholdMember member : household.members()) {
        lookUp(crm, caller, member.customer(), names);
      }
    }
    return names;
  }

  private static void lookUp(Crm crm, Caller caller, CustomerId id, Map<CustomerId, String> names) {
    if (!names.containsKey(id)) {
      crm.customers().find(caller, id).ifPresent(c -> names.put(id, c.displayName()));
    }
  }
}
