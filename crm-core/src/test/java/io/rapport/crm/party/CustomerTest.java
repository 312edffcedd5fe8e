package io.rapport.crm.party;

import static io.rapport.crm.party.PartyFixtures.LEGAL_NAME;
import static io.rapport.crm.party.PartyFixtures.T0;
import static io.rapport.crm.party.PartyFixtures.aCustomer;
import static io.rapport.crm.party.PartyFixtures.aCustomerBuilder;
import static io.rapport.crm.party.PartyFixtures.customerId;
import static io.rapport.crm.party.PartyFixtures.email;
import static io.rapport.crm.party.PartyFixtures.phone;
import static io.rapport.crm.party.PartyFixtures.postal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.NameLimits;
import io.rapport.crm.lead.LeadContact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerTest {

  @Test
  void builder_newCustomer_hasDefaults() {
    // when
    Customer customer = aCustomer();

    // then
    assertThat(customer.version()).isEqualTo(1);
    assertThat(customer.status()).isEqualTo(CustomerStatus.PROSPECT);
    assertThat(customer.displayName()).isEqualTo(LEGAL_NAME);
    assertThat(customer.kind()).isEqualTo(PartyKind.PERSON);
    assertThat(customer.contactPoints()).isEmpty();
    assertThat(customer.tags()).isEmpty();
    assertThat(customer.createdAt()).isEqualTo(T0);
    assertThat(customer.updatedAt()).isEqualTo(T0);
    assertThat(customer.owner()).isNull();
    assertThat(customer.branch()).isNull();
  }

  @Test
  void builder_organisation_hasOrganisationKind() {
    // when
    Customer customer =
        Customer.builder(customerId(2), new Organisation("Acme Ltd", null, null), T0)
            .owner(EmployeeId.of("rm-1"))
            .branch(BranchCode.of("LDN"))
            .build();

    // then
    assertThat(customer.kind()).isEqualTo(PartyKind.ORGANISATION);
    assertThat(customer.owner()).isEqualTo(EmployeeId.of("rm-1"));
    assertThat(customer.branch()).isEqualTo(BranchCode.of("LDN"));
  }

  @Test
  void new_timestamps_areTruncatedToMicroseconds() {
    // when
    Customer customer =
        Customer.builder(
                customerId(1),
                PartyFixtures.alice(),
                Instant.parse("2024-01-01T00:00:00.123456789Z"))
            .build();

    // then
    assertThat(customer.createdAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00.123456Z"));
    assertThat(customer.updatedAt()).isEqualTo(customer.createdAt());
  }

  @Test
  void new_versionBelowOne_isRefused() {
    // when / then
    assertThatThrownBy(() -> aCustomerBuilder().version(0).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("version"))
        .hasMessage("version must be at least 1");
  }

  @Test
  void maxNameLength_isTheLimitOfALeadContactsName() {
    // when / then
    assertThat(Customer.MAX_NAME_LENGTH).isEqualTo(200).isEqualTo(NameLimits.MAX_NAME_LENGTH);
    assertThat(LeadContact.named("N".repeat(200)).name()).hasSize(200);
    assertThatThrownBy(() -> LeadContact.named("N".repeat(201)))
        .hasMessage("contact.name must have at most 200 characters");
  }

  @Test
  void new_namesUpTo200Characters_areAccepted() {
    // given
    String longest = "N".repeat(Customer.MAX_NAME_LENGTH);

    // when
    Customer customer =
        Customer.builder(customerId(1), new Person(longest, null, null), T0).build();
    Customer organisation =
        Customer.builder(customerId(2), new Organisation(longest, null, null), T0).build();

    // then
    assertThat(customer.displayName()).hasSize(200);
    assertThat(customer.party().legalName()).hasSize(200);
    assertThat(organisation.party().legalName()).hasSize(200);
  }

  @Test
  void new_namesOver200Characters_areRefusedNamingTheField() {
    // given
    String tooLong = "N".repeat(Customer.MAX_NAME_LENGTH + 1);

    // when / then
    assertThatThrownBy(() -> aCustomerBuilder().displayName(tooLong).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("displayName"))
        .hasMessage("displayName must have at most 200 characters");
    assertThatThrownBy(() -> new Person(tooLong, null, null))
        .hasMessage("legalName must have at most 200 characters");
    assertThatThrownBy(() -> new Organisation(tooLong, null, null))
        .hasMessage("legalName must have at most 200 characters");
    assertThatThrownBy(() -> aCustomerBuilder().displayName(" ").build())
        .hasMessage("displayName must not be blank");
  }

  @Test
  void new_twoPrimariesOfOneChannel_isRefused() {
    // when / then
    assertThatThrownBy(() -> PartyFixtures.aCustomerWith(email(1, true), email(2, true)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("contactPoints"))
        .hasMessage("only one EMAIL contact point may be primary");
  }

  @Test
  void new_onePrimaryPerChannel_isAccepted() {
    // when
    Customer customer =
        PartyFixtures.aCustomerWith(
            email(1, true), email(2, false), phone(3, true), postal(4, true), postal(5, false));

    // then
    assertThat(customer.contactPoints()).hasSize(5);
    assertThatThrownBy(() -> customer.contactPoints().add(email(6, false)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void new_repeatedContactPointId_isRefused() {
    // when / then
    assertThatThrownBy(() -> PartyFixtures.aCustomerWith(email(1, true), phone(1, true)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("contactPoints"))
        .hasMessage("contact point ids must be unique");
  }

  @Test
  void new_moreThan50ContactPoints_isRefused() {
    // given
    List<ContactPoint> points = new ArrayList<>();
    for (int i = 0; i < Customer.MAX_CONTACT_POINTS + 1; i++) {
      points.add(email(i, i == 0));
    }

    // when / then
    assertThat(aCustomerBuilder().contactPoints(points.subList(0, 50)).build().contactPoints())
        .hasSize(50);
    assertThatThrownBy(() -> aCustomerBuilder().contactPoints(points).build())
        .hasMessage("contactPoints must hold at most 50 entries");
  }

  @Test
  void new_tags_areTrimmedLowerCasedDeduplicatedAndSorted() {
    // when
    Customer customer =
        aCustomerBuilder().tags(Set.of(" VIP ", "Premium", "vip", "seg:retail")).build();

    // then
    assertThat(customer.tags()).containsExactly("premium", "seg:retail", "vip");
    assertThatThrownBy(() -> customer.tags().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"has space", "", " ", "-lead", "ümlaut", "a/b", "tag#1"})
  void new_invalidTag_isRefusedNamingTags(String tag) {
    // when / then
    assertThatThrownBy(() -> aCustomerBuilder().tags(Set.of(tag)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("tags"))
        .hasMessageStartingWith("tag must be 1 to 64 of a-z, 0-9");
  }

  @Test
  void new_tagLength_isLimitedTo64() {
    // when / then
    assertThat(aCustomerBuilder().tags(Set.of("t".repeat(64))).build().tags()).hasSize(1);
    assertThatThrownBy(() -> aCustomerBuilder().tags(Set.of("t".repeat(65))).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> aCustomerBuilder().tags(Set.of("t".repeat(500))).build())
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }

  @Test
  void new_moreThan50Tags_isRefused() {
    // given
    Set<String> tags =
        IntStream.rangeClosed(0, Customer.MAX_TAGS)
            .mapToObj(i -> "t" + i)
            .collect(Collectors.toSet());

    // when / then
    assertThatThrownBy(() -> aCustomerBuilder().tags(tags).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("tags"))
        .hasMessage("tags must hold at most 50 entries");
  }

  @ParameterizedTest
  @CsvSource({"en-GB, en-GB", "EN-gb, en-GB", "de, de", "pt-BR, pt-BR", "zh-Hant-TW, zh-Hant-TW"})
  void new_languageTag_isNormalised(String tag, String expected) {
    // when / then
    assertThat(aCustomerBuilder().preferredLanguage(tag).build().preferredLanguage())
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en_GB", "english", "e", "", "en-", "12"})
  void new_invalidLanguageTag_isRefusedNamingPreferredLanguage(String tag) {
    // when / then
    assertThatThrownBy(() -> aCustomerBuilder().preferredLanguage(tag).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("preferredLanguage"))
        .hasMessageStartingWith("preferredLanguage must be a BCP 47 tag");
  }

  @Test
  void new_missingParts_areRefusedNamingTheField() {
    // when / then
    assertThatThrownBy(() -> Customer.builder(null, PartyFixtures.alice(), T0).build())
        .hasMessage("id must not be null");
    assertThatThrownBy(() -> Customer.builder(customerId(1), null, T0).build())
        .hasMessage("party must not be null");
    assertThatThrownBy(() -> Customer.builder(customerId(1), PartyFixtures.alice(), null).build())
        .hasMessage("createdAt must not be null");
    assertThatThrownBy(() -> aCustomerBuilder().status(null).build())
        .hasMessage("status must not be null");
  }

  @Test
  void toBuilder_roundTrip_givesAnEqualCustomer() {
    // given
    Customer customer =
        aCustomerBuilder()
            .tags(Set.of("vip"))
            .preferredLanguage("en-GB")
            .contactPoints(List.of(email(1, true)))
            .build();

    // when
    Customer copy = customer.toBuilder().build();

    // then
    assertThat(copy).isEqualTo(customer);
  }
}
