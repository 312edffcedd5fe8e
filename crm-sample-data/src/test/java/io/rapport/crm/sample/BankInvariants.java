package io.rapport.crm.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.PartyKind;
import io.rapport.crm.party.Relationship;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The structural rules every generated bank keeps, checked with AssertJ. */
final class BankInvariants {
  private BankInvariants() {}

  static void check(SampleBank bank) {
    Map<CustomerId, Customer> byId = new HashMap<>();
    for (Customer customer : bank.customers()) {
      assertThat(byId.put(customer.id(), customer)).as("customer ids are unique").isNull();
    }
    assertThat(byId).hasSize(bank.spec().customers());
    LocalDate today = bank.spec().referenceDate();
    checkRelationships(bank.relationships(), byId, today);
    checkHouseholds(bank.households(), byId);
    checkHoldings(bank.holdings(), byId, today);
  }

  private static void checkRelationships(
      List<Relationship> relationships, Map<CustomerId, Customer> byId, LocalDate today) {
    for (Relationship relationship : relationships) {
      assertThat(byId).containsKeys(relationship.from(), relationship.to());
      assertThat(relationship.validFrom()).isBeforeOrEqualTo(today);
      if (relationship.type().requiresOrganisationTarget()) {
        assertThat(byId.get(relationship.to()).kind()).isEqualTo(PartyKind.ORGANISATION);
        assertThat(byId.get(relationship.from()).kind()).isEqualTo(PartyKind.PERSON);
      }
    }
  }

  private static void checkHouseholds(List<Household> households, Map<CustomerId, Customer> byId) {
    Set<CustomerId> primaryMembers = new HashSet<>();
    for (Household household : households) {
      assertThat(household.members()).hasSizeBetween(1, 5);
      for (HouseholdMember member : household.members()) {
        assertThat(byId).containsKey(member.customer());
        assertThat(byId.get(member.customer()).kind()).isEqualTo(PartyKind.PERSON);
        if (member.primaryHousehold()) {
          assertThat(primaryMembers.add(member.customer()))
              .as("customer %s has one primary household", member.customer())
              .isTrue();
        }
      }
    }
  }

  private static void checkHoldings(
      List<Holding> holdings, Map<CustomerId, Customer> byId, LocalDate today) {
    Map<CustomerId, Integer> perCustomer = new HashMap<>();
    Set<String> references = new HashSet<>();
    Set<Object> ids = new HashSet<>();
    for (Holding holding : holdings) {
      assertThat(ids.add(holding.id())).as("holding ids are unique").isTrue();
      Customer customer = byId.get(holding.customer());
      assertThat(customer).as("holding's customer exists").isNotNull();
      assertThat(customer.status()).isNotEqualTo(CustomerStatus.PROSPECT);
      assertThat(references.add(holding.customer() + "|" + holding.accountReference().value()))
          .as("a customer holds an account reference once")
          .isTrue();
      assertThat(holding.openedOn()).isBefore(today);
      perCustomer.merge(holding.customer(), 1, Integer::sum);
      switch (holding.productType()) {
        case CREDIT_CARD -> {
          assertThat(holding.accountReference().truncatedCard()).isTrue();
          assertThat(holding.accountReference().value()).matches("\\*{12}[0-9]{4}");
        }
        case MORTGAGE, PERSONAL_LOAN -> {
          assertThat(holding.accountReference().truncatedCard()).isFalse();
          assertThat(holding.balance().amount().signum()).isLessThanOrEqualTo(0);
        }
        default -> assertThat(holding.accountReference().truncatedCard()).isFalse();
      }
      if (!holding.open()) {
        assertThat(holding.balance().isZero()).isTrue();
      }
      assertThat(holding.balance().currency().getCurrencyCode()).isIn("EUR", "GBP", "CHF", "USD");
    }
    for (Customer customer : byId.values()) {
      int count = perCustomer.getOrDefault(customer.id(), 0);
      if (customer.status() == CustomerStatus.ACTIVE) {
        assertThat(count).as("holdings of an active customer").isBetween(1, 6);
      } else {
        assertThat(count).isLessThanOrEqualTo(6);
      }
    }
  }
}
