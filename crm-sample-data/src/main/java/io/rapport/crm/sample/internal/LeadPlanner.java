package io.rapport.crm.sample.internal;

import io.rapport.crm.common.ProductType;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Person;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.sample.SampleBank;
import io.rapport.crm.sample.SampleSales;
import io.rapport.crm.sample.SampleSales.LeadFate;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Leads from mixed sources over the half year before the reference time: web forms, branch
 * walk-ins, calls, customer referrals, partners, events and campaign responses; about one in twelve
 * repeats an existing person's e-mail or phone. Not thread-safe.
 */
final class LeadPlanner {
  private static final String[] GIVEN = {
    "Aoife", "Bram", "Chloé", "Dario", "Elin", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kasia",
    "Luca", "Maeve", "Nils", "Oona", "Pau"
  };
  private static final String[] FAMILY = {
    "Achterberg", "Byrne", "Castell", "Dumont", "Eriksen", "Fischer", "Gallagher", "Hartmann",
    "Iversen", "Jansen", "Keller", "Lefèvre", "Moreau", "Nolan", "Olsen", "Petit"
  };
  private static final ProductType[] INTERESTS = {
    ProductType.MORTGAGE,
    ProductType.PERSONAL_LOAN,
    ProductType.SAVINGS,
    ProductType.INVESTMENT,
    ProductType.CREDIT_CARD,
    ProductType.CURRENT_ACCOUNT
  };
  private static final SourceKind[] SOURCES = {
    SourceKind.WEB_FORM,
    SourceKind.BRANCH_WALK_IN,
    SourceKind.CALL_CENTRE,
    SourceKind.CUSTOMER_REFERRAL,
    SourceKind.PARTNER,
    SourceKind.EVENT,
    SourceKind.CAMPAIGN_RESPONSE
  };
  private static final String[] REASONS = {
    "no budget", "not reachable", "outside lending policy", "chose another bank"
  };

  private final SampleBank bank;
  private final Dice dice;
  private final List<Customer> persons;

  LeadPlanner(SampleBank bank, Dice dice) {
    this.bank = bank;
    this.dice = dice;
    this.persons =
        bank.customers().stream()
            .filter(c -> c.party() instanceof Person)
            .filter(c -> c.status() == CustomerStatus.ACTIVE)
            .toList();
  }

  List<SampleSales.LeadForm> leads() {
    int count = Math.max(40, bank.customers().size() / 10);
    Instant reference = bank.spec().referenceTime();
    LocalDate campaignStart = bank.spec().referenceDate().minusDays(60);
    List<SampleSales.LeadForm> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      SourceKind source = SOURCES[dice.weighted(30, 10, 10, 15, 8, 5, 22)];
      ProductType interest = INTERESTS[dice.weighted(25, 15, 20, 15, 15, 10)];
      Customer existing = !persons.isEmpty() && dice.chance(0.08) ? dice.pick(persons) : null;
      String name = null;
      String email = null;
      String phone = null;
      if (existing != null) {
        name = ((Person) existing.party()).legalName();
        email = firstEmail(existing);
        phone = email == null || dice.chance(0.4) ? firstPhone(existing) : null;
        if (email == null && phone == null) {
          existing = null;
        }
      }
      if (existing == null) {
        String given = dice.pick(GIVEN);
        String family = dice.pick(FAMILY);
        name = given + " " + family;
        email = dice.chance(0.85) ? ascii(given + "." + family) + "." + i + "@example.net" : null;
        phone = email == null || dice.chance(0.5) ? "+447700900" + threeDigits(i % 1000) : null;
      }
      Instant captured =
          source == SourceKind.CAMPAIGN_RESPONSE
              ? campaignStart
                  .atStartOfDay(ZoneOffset.UTC)
                  .toInstant()
                  .plus(Duration.ofHours(dice.between(2, 24 * 45)))
              : reference.minus(Duration.ofHours(dice.between(24, 24 * 180)));
      LeadFate fate =
          existing != null && dice.chance(0.7)
              ? LeadFate.CONVERTED
              : LeadFate.values()[dice.weighted(25, 20, 15, 15, 25)];
      boolean marketing = dice.chance(0.6);
      result.add(
          new SampleSales.LeadForm(
              "lead-" + bank.spec().seed() + "-" + i,
              source,
              interest,
              name,
              email,
              phone,
              LocalDate.of(dice.between(1950, 2003), dice.between(1, 12), dice.between(1, 28)),
              null,
              true,
              marketing,
              marketing && dice.chance(0.5),
              persons.isEmpty() ? null : dice.pick(persons).branch(),
              interest == ProductType.INVESTMENT ? "affluent" : "mass-retail",
              source == SourceKind.CUSTOMER_REFERRAL && !persons.isEmpty()
                  ? dice.pick(persons).id()
                  : null,
              source == SourceKind.CAMPAIGN_RESPONSE,
              existing == null ? null : existing.id(),
              captured,
              fate,
              fate == LeadFate.DISQUALIFIED ? dice.pick(REASONS) : null));
    }
    return result;
  }

  private static String firstEmail(Customer customer) {
    for (ContactPoint point : customer.contactPoints()) {
      if (point instanceof EmailContact email) {
        return email.email().normalized();
      }
    }
    return null;
  }

  private static String firstPhone(Customer customer) {
    for (ContactPoint point : customer.contactPoints()) {
      if (point instanceof PhoneContact phone) {
        return phone.phone().normalized();
      }
    }
    return null;
  }

  private static String ascii(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  private static String threeDigits(int value) {
    return String.format(Locale.ROOT, "%03d", value);
  }
}
