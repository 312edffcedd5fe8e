package io.rapport.crm.sample.internal;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.common.pii.PostalAddress;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.ContactPointId;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Person;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.party.PostalContact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Makes person customers: identity, contact points, segment, status, owner and branch. */
final class PersonFactory {
  private final Workbench bench;

  PersonFactory(Workbench bench) {
    this.bench = bench;
  }

  /** Where a person lives: shared by the members of a household. */
  record Home(Country country, City city, PostalAddress address, PhoneNumber landline) {}

  /** A new home in a random country and city; a third of homes have a landline. */
  Home home() {
    Dice dice = bench.dice;
    Country country = Country.pick(dice);
    City city = country.city(dice);
    PhoneNumber landline = dice.chance(0.33) ? bench.phones.landline(city) : null;
    return new Home(country, city, Addresses.address(dice, country, city), landline);
  }

  /** An age from 18 to 95, distributed like a retail bank's adult customers. */
  int adultAge() {
    int[][] bands = {
      {18, 24}, {25, 34}, {35, 44}, {45, 54}, {55, 64}, {65, 74}, {75, 84}, {85, 95}
    };
    int[] band = bands[bench.dice.weighted(12, 18, 17, 17, 15, 12, 7, 2)];
    return bench.dice.between(band[0], band[1]);
  }

  /** A person of {@code age} at {@code home}; {@code family} null picks a family name. */
  PartyDraft person(Home home, Culture culture, boolean female, String family, int age) {
    Dice dice = bench.dice;
    CustomerId id = bench.ids.next(CustomerId::new);
    String given = culture.givenName(dice, female);
    String familyName = family != null ? family : culture.familyName(dice);
    LocalDate born = bench.referenceDate.minusYears(age).minusDays(dice.between(0, 364));
    Segment segment = Segment.forPerson(dice, age);
    CustomerStatus status = status(segment);
    LocalDate since = since(status, born.plusYears(16));
    Instant createdAt = bench.during(since);
    String name = given + " " + familyName;
    Person party =
        new Person(
            name,
            born,
            dice.chance(0.9)
                ? Identifiers.nationalId(dice, home.country(), home.city(), born, female)
                : null);
    Customer customer =
        Customer.builder(id, party, createdAt)
            .displayName(name)
            .status(status)
            .contactPoints(contacts(home, given, familyName, born.getYear()))
            .preferredLanguage(language(home.country(), culture))
            .tags(tags(segment, age))
            .owner(owner(segment))
            .branch(BranchCode.of(home.city().branch()))
            .updatedAt(bench.after(createdAt))
            .build();
    PartyDraft draft =
        new PartyDraft(id, false, home.country(), home.city(), segment, status, born, since);
    bench.add(customer, draft);
    return draft;
  }

  /** Mostly active; students are never closed. */
  CustomerStatus status(Segment segment) {
    int[] weights = segment == Segment.STUDENT ? new int[] {88, 8, 4, 0} : new int[] {80, 7, 9, 4};
    return new CustomerStatus[] {
          CustomerStatus.ACTIVE,
          CustomerStatus.PROSPECT,
          CustomerStatus.DORMANT,
          CustomerStatus.CLOSED
        }
        [bench.dice.weighted(weights)];
  }

  /** When the customer joined: prospects lately, closed ones at least a year ago. */
  LocalDate since(CustomerStatus status, LocalDate earliest) {
    LocalDate today = bench.referenceDate;
    if (status == CustomerStatus.PROSPECT) {
      return today.minusDays(bench.dice.between(1, 400));
    }
    LocalDate from = earliest.isBefore(today.minusYears(35)) ? today.minusYears(35) : earliest;
    LocalDate to = today.minusDays(status == CustomerStatus.CLOSED ? 400 : 30);
    return bench.dayBetween(from, to);
  }

  private List<ContactPoint> contacts(Home home, String given, String family, int birthYear) {
    Dice dice = bench.dice;
    List<ContactPoint> points = new ArrayList<>(5);
    if (dice.chance(0.93)) {
      points.add(
          new EmailContact(
              contactId(),
              bench.emails.personal(given, family, birthYear),
              ContactPurpose.PERSONAL,
              true));
    }
    if (dice.chance(0.06)) {
      points.add(
          new EmailContact(
              contactId(),
              bench.emails.personal(given, family, birthYear),
              ContactPurpose.WORK,
              points.isEmpty()));
    }
    boolean mobile = dice.chance(0.9);
    if (mobile) {
      points.add(
          new PhoneContact(
              contactId(),
              bench.phones.mobile(home.country(), home.city()),
              ContactPurpose.PERSONAL,
              true));
    }
    if (home.landline() != null) {
      points.add(new PhoneContact(contactId(), home.landline(), ContactPurpose.HOME, !mobile));
    }
    points.add(new PostalContact(contactId(), home.address(), ContactPurpose.HOME, true));
    return points;
  }

  private ContactPointId contactId() {
    return bench.ids.next(ContactPointId::new);
  }

  private String language(Country country, Culture culture) {
    Dice dice = bench.dice;
    if (dice.chance(0.04)) {
      return null;
    }
    if (culture.language().equals(country.language()) || !dice.chance(0.25)) {
      return country.language();
    }
    return culture.language();
  }

  private TreeSet<String> tags(Segment segment, int age) {
    TreeSet<String> tags = new TreeSet<>();
    tags.add(segment.tag());
    if (bench.dice.chance(age < 50 ? 0.65 : 0.25)) {
      tags.add("digital-first");
    } else if (bench.dice.chance(0.25)) {
      tags.add("branch-preferred");
    }
    return tags;
  }

  /** Private bankers rm-01..08, affluent rm-09..24, SME rm-25..40; a few mass-retail too. */
  EmployeeId owner(Segment segment) {
    Dice dice = bench.dice;
    int number =
        switch (segment) {
          case PRIVATE_BANKING -> dice.between(1, 8);
          case AFFLUENT -> dice.between(9, 24);
          case SME -> dice.between(25, 40);
          case MASS_RETAIL -> dice.chance(0.15) ? dice.between(9, 24) : 0;
          case STUDENT -> 0;
        };
    return number == 0 ? null : EmployeeId.of("rm-" + Dice.twoDigits(number));
  }
}
