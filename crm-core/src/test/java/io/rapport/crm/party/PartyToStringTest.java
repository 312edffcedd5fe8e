package io.rapport.crm.party;

import static io.rapport.crm.party.PartyFixtures.LEGAL_NAME;
import static io.rapport.crm.party.PartyFixtures.T0;
import static io.rapport.crm.party.PartyFixtures.aCustomerBuilder;
import static io.rapport.crm.party.PartyFixtures.customerId;
import static io.rapport.crm.party.PartyFixtures.email;
import static io.rapport.crm.party.PartyFixtures.householdId;
import static io.rapport.crm.party.PartyFixtures.phone;
import static io.rapport.crm.party.PartyFixtures.postal;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.pii.GovernmentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PartyToStringTest {

  @Test
  void customer_toString_masksNamesAndContactDetails() {
    // given
    Customer customer =
        aCustomerBuilder()
            .displayName("Alice Example-Smith")
            .tags(Set.of("vip"))
            .contactPoints(List.of(email(1, true), phone(2, true), postal(3, true)))
            .build();

    // when
    String shown = customer.toString();

    // then
    assertThat(shown)
        .contains(
            "displayName=A***(19)",
            "id=" + customer.id(),
            "status=PROSPECT",
            "contactPoints=3",
            "tags=[vip]")
        .doesNotContain("Alice", "Example", "Smith", "person1@example.com", "1980", "AB123456C");
  }

  @Test
  void person_toString_masksNameDateOfBirthAndNationalId() {
    // given
    Person person = PartyFixtures.alice();

    // when
    String shown = person.toString();

    // then
    assertThat(shown)
        .isEqualTo(
            "Person[legalName=A***(13), dateOfBirth=****-**-**, nationalId=NATIONAL_ID:GB:*******6C]")
        .doesNotContain(LEGAL_NAME, "1980", "03-14", "AB123456C");
    assertThat(new Person("Bob", null, null).toString())
        .isEqualTo("Person[legalName=B***(3), dateOfBirth=null, nationalId=null]");
  }

  @Test
  void organisation_toString_masksItsTaxId() {
    // given
    Organisation organisation =
        new Organisation(
            "Acme Ltd",
            LocalDate.of(2001, 1, 1),
            new GovernmentId(GovernmentId.Kind.TAX_ID, "GB", "GB123456789"));

    // when / then
    assertThat(organisation.toString()).doesNotContain("GB123456789").contains("TAX_ID:GB:");
  }

  @Test
  void household_toString_masksTheName() {
    // given
    Household household =
        new Household(
            householdId(1),
            1,
            "The Example Family",
            List.of(new HouseholdMember(customerId(1), HouseholdRole.HEAD, true)),
            customerId(1));

    // when
    String shown = household.toString();

    // then
    assertThat(shown).contains("name=T***(18)", "members=1").doesNotContain("Example", "Family");
  }

  @Test
  void contactPoints_toString_maskTheirValues() {
    // when / then
    assertThat(email(1, true).toString()).doesNotContain("person1", "example");
    assertThat(phone(2, true).toString()).doesNotContain(phone(2, true).phone().value());
    assertThat(postal(3, true).toString()).doesNotContain("Acacia", "Leeds", "LS1");
  }

  @Property(tries = 50)
  void customerAndPerson_toString_neverContainTheName(@ForAll("names") String name) {
    // given
    Person person = new Person(name, LocalDate.of(1990, 7, 1), null);
    Customer customer = Customer.builder(customerId(1), person, T0).build();

    // when / then
    assertThat(customer.toString()).doesNotContain(name).doesNotContain(name.substring(1));
    assertThat(person.toString()).doesNotContain(name).doesNotContain(name.substring(1));
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars(' ', 'é', 'ø', '\'', '-')
        .ofMinLength(12)
        .ofMaxLength(Customer.MAX_NAME_LENGTH - 1)
        .filter(s -> !s.isBlank() && !s.substring(1).isBlank())
        .map(s -> "Q" + s);
  }

  @Test
  void organisation_toString_masksLegalNameAndIncorporationDate() {
    // given
    Organisation organisation =
        new Organisation("Sole Trader Jane Doe", LocalDate.of(2011, 3, 4), null);

    // when
    String text = organisation.toString();

    // then
    assertThat(text).doesNotContain("Jane", "Doe", "2011").contains("S***(20)");
  }
}
