package io.rapport.crm.tck.internal;

import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingId;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdId;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.RelationshipId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What one tenant's storage should hold, kept in plain maps: the simplest thing that can be right,
 * against which an adapter is compared after every command.
 */
public final class ReferenceModel {
  final Map<CustomerId, Customer> customers = new LinkedHashMap<>();
  final Map<RelationshipId, Relationship> relationships = new LinkedHashMap<>();
  final Map<HouseholdId, Household> households = new LinkedHashMap<>();
  final Map<HoldingId, Holding> holdings = new LinkedHashMap<>();
  final Map<LeadId, Lead> leads = new LinkedHashMap<>();
  final List<ConsentRecord> consents = new ArrayList<>();
  final OpportunityModel deals = new OpportunityModel();

  /** The customer at position {@code pick} modulo the count, or null when there is none. */
  Customer pickCustomer(int pick) {
    return pick(new ArrayList<>(customers.values()), pick);
  }

  static <T> T pick(List<T> values, int pick) {
    return values.isEmpty() ? null : values.get(Math.floorMod(pick, values.size()));
  }

  /** Customers matching {@code filter} in search order. */
  List<Customer> customersInSearchOrder(Predicate<Customer> filter) {
    return customers.values().stream().filter(filter).sorted(SearchOrder.CUSTOMERS).toList();
  }

  /** Whether {@code customer} is flagged primary in any household other than {@code except}. */
  boolean primaryElsewhere(CustomerId customer, HouseholdId except) {
    return households.values().stream()
        .filter(household -> !household.id().equals(except))
        .flatMap(household -> household.members().stream())
        .anyMatch(member -> member.primaryHousehold() && member.customer().equals(customer));
  }

  /** Whether any member flagged primary in {@code household} is flagged primary elsewhere. */
  boolean breaksPrimaryRule(Household household) {
    for (HouseholdMember member : household.members()) {
      if (member.primaryHousehold() && primaryElsewhere(member.customer(), household.id())) {
        return true;
      }
    }
    return false;
  }

  static <T> List<T> byIdText(List<T> values, Function<T, ?> id) {
    return values.stream()
        .sorted(Comparator.comparing(value -> id.apply(value).toString()))
        .toList();
  }
}
