package io.rapport.crm.sample.internal;

import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdId;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.HouseholdRole;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.RelationshipId;
import io.rapport.crm.party.RelationshipType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the persons, grouped as they live: about a fifth on their own outside any household, the
 * rest in households of one to five (a head; often a spouse or partner; adult children or other
 * adults). Members share the address and often the family name; couples are linked by SPOUSE or
 * PARTNER, parents to children by PARENT. Each person is in at most one household, its primary one.
 */
final class HouseholdPlanner {
  private final Workbench bench;
  private final PersonFactory persons;
  private final HoldingFactory holdings;

  HouseholdPlanner(Workbench bench, PersonFactory persons, HoldingFactory holdings) {
    this.bench = bench;
    this.persons = persons;
    this.holdings = holdings;
  }

  /** Makes {@code count} persons with their households, relationships and holdings. */
  void makePersons(int count) {
    Dice dice = bench.dice;
    int made = 0;
    while (made < count) {
      if (dice.chance(0.2)) {
        PersonFactory.Home home = persons.home();
        PartyDraft loner =
            persons.person(
                home, home.country().culture(dice), dice.chance(0.5), null, persons.adultAge());
        holdings.forPerson(loner, null);
        made++;
      } else {
        int size = Math.min(count - made, 1 + dice.weighted(24, 36, 17, 15, 8));
        household(size);
        made += size;
      }
    }
  }

  private void household(int size) {
    Dice dice = bench.dice;
    PersonFactory.Home home = persons.home();
    Culture culture = home.country().culture(dice);
    String family = culture.familyName(dice);
    int headAge =
        size >= 3 ? dice.between(40, 68) : size == 2 ? dice.between(22, 90) : persons.adultAge();
    boolean headFemale = dice.chance(0.5);
    PartyDraft head = persons.person(home, culture, headFemale, family, headAge);
    List<HouseholdMember> members = new ArrayList<>(size);
    members.add(new HouseholdMember(head.id(), HouseholdRole.HEAD, true));
    PartyDraft partner = null;
    if (size >= 2 && dice.chance(0.85)) {
      partner = partner(home, culture, family, head, headFemale, headAge);
      members.add(new HouseholdMember(partner.id(), HouseholdRole.SPOUSE_OR_PARTNER, true));
    }
    holdings.forPerson(head, null);
    if (partner != null) {
      holdings.forPerson(partner, head);
    }
    while (members.size() < size) {
      if (headAge >= 40 && (size >= 3 || dice.chance(0.5))) {
        int age = dice.between(18, Math.min(32, headAge - 20));
        String childFamily = dice.chance(0.85) ? family : null;
        PartyDraft child = persons.person(home, culture, dice.chance(0.5), childFamily, age);
        members.add(new HouseholdMember(child.id(), HouseholdRole.DEPENDANT, true));
        relate(head.id(), child.id(), RelationshipType.PARENT, child.born(), null);
        if (partner != null && dice.chance(0.8)) {
          relate(partner.id(), child.id(), RelationshipType.PARENT, child.born(), null);
        }
        holdings.forPerson(child, null);
      } else {
        PartyDraft other =
            persons.person(
                home, home.country().culture(dice), dice.chance(0.5), null, dice.between(18, 40));
        members.add(new HouseholdMember(other.id(), HouseholdRole.OTHER, true));
        holdings.forPerson(other, null);
      }
    }
    bench.households.add(
        new Household(
            bench.ids.next(HouseholdId::new), 1, family + " household", members, head.id()));
  }

  private PartyDraft partner(
      PersonFactory.Home home,
      Culture culture,
      String family,
      PartyDraft head,
      boolean headFemale,
      int headAge) {
    Dice dice = bench.dice;
    int age = Math.max(18, Math.min(95, headAge + dice.between(-6, 6)));
    boolean female = dice.chance(0.92) != headFemale;
    Culture partnerCulture = dice.chance(0.85) ? culture : home.country().culture(dice);
    String partnerFamily = partnerCulture == culture && dice.chance(0.6) ? family : null;
    PartyDraft partner = persons.person(home, partnerCulture, female, partnerFamily, age);
    int maxYears = Math.max(1, Math.min(headAge, age) - 18);
    LocalDate together =
        bench
            .referenceDate
            .minusYears(dice.between(0, maxYears - 1))
            .minusDays(dice.between(1, 360));
    RelationshipType type = dice.chance(0.65) ? RelationshipType.SPOUSE : RelationshipType.PARTNER;
    relate(head.id(), partner.id(), type, together, null);
    return partner;
  }

  /** Records a relationship from {@code from} to {@code to}. */
  void relate(
      CustomerId from, CustomerId to, RelationshipType type, LocalDate validFrom, LocalDate thru) {
    bench.relationships.add(
        new Relationship(bench.ids.next(RelationshipId::new), 1, from, to, type, validFrom, thru));
  }

  /**
   * Gives a quarter of the persons aged 80 or more a power of attorney held by a random person aged
   * 40 to 70 of the same country.
   */
  void grantPowersOfAttorney(List<PartyDraft> people) {
    Dice dice = bench.dice;
    List<PartyDraft> attorneys = new ArrayList<>();
    for (PartyDraft person : people) {
      int age = person.age(bench.referenceDate);
      if (age >= 40 && age <= 70) {
        attorneys.add(person);
      }
    }
    if (attorneys.isEmpty()) {
      return;
    }
    for (PartyDraft elder : people) {
      if (elder.age(bench.referenceDate) >= 80 && dice.chance(0.25)) {
        PartyDraft attorney = dice.pick(attorneys);
        if (attorney.country() == elder.country()) {
          LocalDate granted = bench.referenceDate.minusDays(dice.between(30, 3000));
          relate(attorney.id(), elder.id(), RelationshipType.POWER_OF_ATTORNEY, granted, null);
        }
      }
    }
  }
}
