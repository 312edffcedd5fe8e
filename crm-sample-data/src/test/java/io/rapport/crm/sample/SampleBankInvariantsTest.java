package io.rapport.crm.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.GovernmentId;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Person;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.party.PostalContact;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SampleBankInvariantsTest {
  private static final SampleBank BANK = SampleBank.generate(SampleBankSpec.defaults());

  /** Ofcom, ComReg, Bundesnetzagentur and ARCEP drama-number blocks. */
  private static final Pattern DRAMA_NUMBER =
      Pattern.compile(
          "\\+447700900\\d{3}"
              + "|\\+44(2079460|1614960|1134960|1174960|1214960|1314960|1414960|1914980|2896496"
              + "|2920180)\\d{3}"
              + "|\\+3532091\\d{5}"
              + "|\\+49(3023125|4066969|8999998|2214710|6990009)\\d{3}"
              + "|\\+33(19900|26191|35301|46571|53649|63998)\\d{4}");

  private static final Pattern SEGMENT =
      Pattern.compile("student|mass-retail|affluent|private-banking|sme");

  @Test
  void generate_defaults_keepsEveryReferenceAndMembershipRule() {
    BankInvariants.check(BANK);
  }

  @Test
  void generate_defaults_usesOnlyReservedEmailDomains() {
    // when
    List<EmailAddress> emails =
        contactPoints().stream()
            .filter(EmailContact.class::isInstance)
            .map(p -> ((EmailContact) p).email())
            .toList();

    // then
    assertThat(emails).hasSizeGreaterThan(4_000);
    assertThat(emails)
        .allSatisfy(e -> assertThat(e.value()).matches("[a-z0-9._-]+@example\\.(com|org|net)"));
    Set<String> distinct = new HashSet<>();
    emails.forEach(e -> distinct.add(e.normalized()));
    assertThat(distinct).hasSameSizeAs(emails);
  }

  @Test
  void generate_defaults_usesOnlyDramaPhoneNumbers() {
    // when
    List<String> phones =
        contactPoints().stream()
            .filter(PhoneContact.class::isInstance)
            .map(p -> ((PhoneContact) p).phone().value())
            .toList();

    // then
    assertThat(phones).hasSizeGreaterThan(4_000);
    assertThat(phones).allSatisfy(phone -> assertThat(phone).matches(DRAMA_NUMBER));
  }

  @Test
  void generate_defaults_givesEveryCustomerAHomeAndOneSegment() {
    assertThat(BANK.customers())
        .allSatisfy(
            customer -> {
              assertThat(customer.contactPoints())
                  .filteredOn(PostalContact.class::isInstance)
                  .hasSize(1);
              assertThat(customer.tags().stream().filter(t -> SEGMENT.matcher(t).matches()))
                  .hasSize(1);
              assertThat(customer.branch()).isNotNull();
              if (customer.owner() != null) {
                assertThat(customer.owner().value()).matches("rm-(0[1-9]|[1-3][0-9]|40)");
              }
            });
  }

  @Test
  void generate_defaults_givesPersonsAgedEighteenToNinetyFive() {
    assertThat(persons())
        .allSatisfy(
            person -> {
              int age =
                  Period.between(person.dateOfBirth(), BANK.spec().referenceDate()).getYears();
              assertThat(age).isBetween(18, 95);
            });
  }

  @Test
  void generate_defaults_givesNationalIdsOfTheCountrysShape() {
    // when
    List<GovernmentId> ids =
        persons().stream().map(Person::nationalId).filter(id -> id != null).toList();

    // then
    assertThat(ids).hasSizeGreaterThan(3_500);
    assertThat(ids)
        .allSatisfy(
            id ->
                assertThat(id.value())
                    .matches(
                        switch (id.country()) {
                          case "GB" -> "QQ\\d{6}[A-D]";
                          case "IE" -> "\\d{7}[A-W]";
                          case "DE" -> "[1-9]\\d{10}";
                          case "FR" -> "[12]\\d{14}";
                          default -> "unexpected country " + id.country();
                        }));
  }

  @Test
  void generate_defaults_givesAccountsValidIbans() {
    // when
    List<String> ibans =
        BANK.holdings().stream()
            .filter(h -> h.productType() == ProductType.SAVINGS)
            .map(h -> h.accountReference().value())
            .toList();

    // then
    assertThat(ibans).isNotEmpty();
    assertThat(ibans).allSatisfy(iban -> assertThat(Iban.isValid(iban)).as(iban).isTrue());
  }

  private static List<ContactPoint> contactPoints() {
    return BANK.customers().stream().flatMap(c -> c.contactPoints().stream()).toList();
  }

  private static List<Person> persons() {
    return BANK.customers().stream()
        .map(Customer::party)
        .filter(Person.class::isInstance)
        .map(Person.class::cast)
        .toList();
  }
}
