package io.rapport.crm.sample.internal;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.ContactPointId;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Organisation;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.party.PostalContact;
import io.rapport.crm.party.RelationshipType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Makes organisation customers (SMEs): a company name in the country's style, a VAT number, contact
 * points at the registered office, and directors, owners and employees among the persons of the
 * same country.
 */
final class OrganisationFactory {
  private static final String[] STEMS =
      "Kestrel,Bluebell,Northgate,Copperleaf,Harbourside,Silverbirch,Quayside,Larkfield,"
          .concat("Brightwater,Old Mill,Foxhollow,Greenway,Ironbridge,Meridian,Oakridge,Saltmarsh")
          .split(",");

  private final Workbench bench;
  private final PersonFactory persons;
  private final HouseholdPlanner planner;
  private final HoldingFactory holdings;

  OrganisationFactory(
      Workbench bench, PersonFactory persons, HouseholdPlanner planner, HoldingFactory holdings) {
    this.bench = bench;
    this.persons = persons;
    this.planner = planner;
    this.holdings = holdings;
  }

  /** Makes {@code count} organisations linked to {@code people}. */
  void makeOrganisations(int count, List<PartyDraft> people) {
    Map<Country, List<PartyDraft>> adults = new EnumMap<>(Country.class);
    for (PartyDraft person : people) {
      int age = person.age(bench.referenceDate);
      if (age >= 21 && age <= 75) {
        adults.computeIfAbsent(person.country(), c -> new ArrayList<>()).add(person);
      }
    }
    for (int i = 0; i < count; i++) {
      organisation(adults);
    }
  }

  private void organisation(Map<Country, List<PartyDraft>> adults) {
    Dice dice = bench.dice;
    Country country = Country.pick(dice);
    City city = country.city(dice);
    Sector sector = dice.pick(List.of(Sector.values()));
    String name = name(country, sector);
    LocalDate incorporated =
        bench
            .referenceDate
            .minusYears(
                new int[] {dice.between(1, 5), dice.between(6, 15), dice.between(16, 40)}
                    [dice.weighted(35, 40, 25)])
            .minusDays(dice.between(0, 364));
    CustomerId id = bench.ids.next(CustomerId::new);
    CustomerStatus status = persons.status(Segment.SME);
    LocalDate since = persons.since(status, incorporated);
    Instant createdAt = bench.during(since);
    TreeSet<String> tags = new TreeSet<>(List.of(Segment.SME.tag(), sector.tag()));
    if (dice.chance(0.3)) {
      tags.add("digital-first");
    }
    Customer customer =
        Customer.builder(
                id,
                new Organisation(name, incorporated, Identifiers.taxId(dice, country)),
                createdAt)
            .displayName(name)
            .status(status)
            .contactPoints(contacts(name, country, city))
            .preferredLanguage(country.language())
            .tags(tags)
            .owner(persons.owner(Segment.SME))
            .branch(BranchCode.of(city.branch()))
            .updatedAt(bench.after(createdAt))
            .build();
    PartyDraft draft =
        new PartyDraft(id, true, country, city, Segment.SME, status, incorporated, since);
    bench.add(customer, draft);
    PartyDraft firstDirector = people(draft, adults.getOrDefault(country, List.of()));
    holdings.forOrganisation(draft, firstDirector);
  }

  private String name(Country country, Sector sector) {
    Dice dice = bench.dice;
    String family = country.culture(dice).familyName(dice);
    String trade = sector.trade(dice, country);
    return switch (country) {
      case GB, IE ->
          dice.chance(0.5)
              ? dice.pick(STEMS) + " " + trade + " Ltd"
              : family + " & " + country.culture(dice).familyName(dice) + " " + trade + " Ltd";
      case DE -> dice.chance(0.85) ? trade + " " + family + " GmbH" : family + " GmbH & Co. KG";
      case FR -> trade + " " + family + (dice.chance(0.6) ? " SARL" : " SAS");
    };
  }

  private List<ContactPoint> contacts(String name, Country country, City city) {
    return List.of(
        new EmailContact(contactId(), bench.emails.organisation(name), ContactPurpose.WORK, true),
        new PhoneContact(contactId(), bench.phones.landline(city), ContactPurpose.WORK, true),
        new PostalContact(
            contactId(),
            Addresses.address(bench.dice, country, city),
            ContactPurpose.REGISTERED_OFFICE,
            true));
  }

  private ContactPointId contactId() {
    return bench.ids.next(ContactPointId::new);
  }

  /** Links directors, owners and employees; returns the first director, or null. */
  private PartyDraft people(PartyDraft organisation, List<PartyDraft> adults) {
    if (adults.isEmpty()) {
      return null;
    }
    Dice dice = bench.dice;
    int directors = 1 + dice.weighted(55, 35, 10);
    PartyDraft first = null;
    List<PartyDraft> chosen = new ArrayList<>();
    for (int i = 0; i < directors; i++) {
      PartyDraft person = dice.pick(adults);
      if (chosen.contains(person)) {
        continue;
      }
      chosen.add(person);
      LocalDate from = start(organisation.born(), person.born().plusYears(21));
      LocalDate thru = dice.chance(0.1) ? bench.dayBetween(from, bench.referenceDate) : null;
      planner.relate(person.id(), organisation.id(), RelationshipType.DIRECTOR, from, thru);
      if (dice.chance(first == null ? 0.75 : 0.4)) {
        planner.relate(person.id(), organisation.id(), RelationshipType.BUSINESS_OWNER, from, null);
      }
      first = first == null ? person : first;
    }
    int employees = dice.weighted(40, 30, 20, 10);
    for (int i = 0; i < employees; i++) {
      PartyDraft person = dice.pick(adults);
      if (chosen.contains(person)) {
        continue;
      }
      chosen.add(person);
      LocalDate from = start(organisation.born(), person.born().plusYears(18));
      LocalDate thru = dice.chance(0.15) ? bench.dayBetween(from, bench.referenceDate) : null;
      planner.relate(organisation.id(), person.id(), RelationshipType.EMPLOYER, from, thru);
    }
    return first;
  }

  /** A day from the later of the two dates up to the reference date. */
  private LocalDate start(LocalDate a, LocalDate b) {
    LocalDate from = a.isAfter(b) ? a : b;
    return bench.dayBetween(from, bench.referenceDate.minusDays(1));
  }
}
