package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.party.ContactChannel;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.PartyKind;
import io.rapport.crm.party.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterCustomerTest extends SdkFixture {

  @Test
  void register_everyField_storesCustomerAsGiven() {
    // given
    RegisterCustomer command = ada().active().build();
    Instant start = clock.peek();

    // when
    Customer registered = crm.customers().register(caller, command);

    // then
    Customer stored = crm.customers().get(caller, registered.id());
    assertThat(stored).isEqualTo(registered);
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.kind()).isEqualTo(PartyKind.PERSON);
    assertThat(stored.party()).isInstanceOf(Person.class);
    assertThat(stored.party().legalName()).isEqualTo(NAME);
    assertThat(stored.party().foundingDate()).isEqualTo(BIRTH);
    assertThat(stored.party().governmentId().country()).isEqualTo("GB");
    assertThat(stored.party().governmentId().value()).isEqualTo(NATIONAL_ID);
    assertThat(stored.displayName()).isEqualTo("Ada");
    assertThat(stored.status()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(stored.preferredLanguage()).isEqualTo("en-GB");
    assertThat(stored.tags()).containsExactly("private-banking");
    assertThat(stored.owner()).isEqualTo(EmployeeId.of("rm-17"));
    assertThat(stored.branch()).isEqualTo(BranchCode.of("LDN-01"));
    assertThat(stored.createdAt()).isBetween(start, clock.peek());
    assertThat(stored.contactPoints())
        .extracting(ContactPoint::channel, ContactPoint::purpose, ContactPoint::primary)
        .containsExactly(
            tuple(ContactChannel.EMAIL, ContactPurpose.PERSONAL, true),
            tuple(ContactChannel.PHONE, ContactPurpose.HOME, true),
            tuple(ContactChannel.POSTAL, ContactPurpose.CORRESPONDENCE, true));
    assertThat(((EmailContact) stored.contactPoints().get(0)).email().value()).isEqualTo(EMAIL);
  }

  @Test
  void register_withoutDisplayName_usesLegalNameAndProspectStatus() {
    // when
    Customer registered = register("Charles Babbage");

    // then
    assertThat(registered.displayName()).isEqualTo("Charles Babbage");
    assertThat(registered.status()).isEqualTo(CustomerStatus.PROSPECT);
  }

  @Test
  void register_organisation_storesOrganisationWithIncorporationDate() {
    // given
    RegisterCustomer command =
        RegisterCustomer.organisation("Analytical Engines Ltd")
            .incorporatedOn(LocalDate.of(1834, 1, 1))
            .companyRegistration("GB", "01234567")
            .build();

    // when
    Customer registered = crm.customers().register(caller, command);

    // then
    assertThat(registered.kind()).isEqualTo(PartyKind.ORGANISATION);
    assertThat(registered.party().foundingDate()).isEqualTo(LocalDate.of(1834, 1, 1));
  }

  @Test
  void register_everyField_writesOneAuditEntryWithMaskedValues() {
    // given
    AuditHead before = auditHead();

    // when
    Customer registered = crm.customers().register(caller.because("ticket CRM-1"), ada().build());

    // then
    List<AuditEntry> entries = auditEntries();
    assertThat(entries).hasSize(1);
    AuditEntry entry = entries.get(0);
    assertThat(entry.sequence()).isEqualTo(before.sequence() + 1);
    assertThat(entry.actor()).isEqualTo(caller.actor());
    assertThat(entry.at()).isEqualTo(registered.createdAt());
    assertThat(entry.recordType()).isEqualTo("customer");
    assertThat(entry.recordId()).isEqualTo(registered.id().toString());
    assertThat(entry.action()).isEqualTo("customer.registered");
    assertThat(entry.reason()).isEqualTo("ticket CRM-1");
    assertThat(entry.changes())
        .extracting(FieldChange::field)
        .contains(
            "kind",
            "legalName",
            "displayName",
            "foundingDate",
            "governmentId",
            "status",
            "preferredLanguage",
            "tags",
            "owner",
            "branch");
    assertThat(entry.changes()).allMatch(change -> change.oldValue() == null);
    assertThat(entry.changes())
        .filteredOn(change -> change.field().startsWith("contactPoints["))
        .hasSize(3);
    assertThat(entry.changes())
        .extracting(FieldChange::newValue)
        .allMatch(value -> value.startsWith("sealed:customer:" + registered.id() + ":"));
    AuditEntry opened = crm.audit().history(caller, registered.id()).get(0);
    assertThat(opened.changes())
        .filteredOn(change -> change.field().equals("legalName"))
        .extracting(FieldChange::newValue)
        .containsExactly("A***(12)");
    assertThat(opened.changes())
        .filteredOn(change -> change.field().equals("governmentId"))
        .extracting(FieldChange::newValue)
        .containsExactly("NATIONAL_ID:GB:*******6C");
    assertFreeOf(entry.changes().toString(), adasPersonalData());
    assertFreeOf(opened.changes().toString(), adasPersonalData());
  }

  @Test
  void register_everyField_emitsPiiFreeEventAfterCommit() {
    // given
    collectEvents();

    // when
    Customer registered = crm.customers().register(caller, ada().build());

    // then
    assertThat(received).hasSize(1);
    DomainEvent event = received.get(0);
    assertThat(event.type()).isEqualTo("customer.registered");
    assertThat(event.aggregateType()).isEqualTo("customer");
    assertThat(event.aggregateId()).isEqualTo(registered.id().toString());
    assertThat(event.aggregateVersion()).isEqualTo(1);
    assertThat(event.tenant()).isEqualTo(tenant);
    assertThat(event.occurredAt()).isEqualTo(registered.createdAt());
    assertThat(event.actor()).isEqualTo(caller.actor());
    assertThat(event.data()).containsEntry("kind", "PERSON").containsEntry("status", "PROSPECT");
    assertThat(event.data().get("changedFields")).contains("contactPoints", "legalName");
    assertFreeOf(event.toString(), adasPersonalData());
    assertThat(pendingEvents()).isEmpty();
  }

  @Test
  void register_everyField_noPersonalDataInToStrings() {
    // when
    RegisterCustomer command = ada().build();
    Customer registered = crm.customers().register(caller, command);

    // then
    assertFreeOf(command.toString(), adasPersonalData());
    assertFreeOf(registered.toString(), adasPersonalData());
    assertFreeOf(command.contactPoints().toString(), adasPersonalData());
    assertFreeOf(command.governmentId().toString(), adasPersonalData());
  }

  @Test
  void register_severalInvalidFields_reportsEveryPathAndRuleAndStoresNothing() {
    // given
    collectEvents();
    AuditHead before = auditHead();
    RegisterCustomer command =
        RegisterCustomer.person(" ")
            .dateOfBirth(LocalDate.of(2999, 1, 1))
            .email("ada-at-example.com", ContactPurpose.PERSONAL)
            .phone("020 7946 0018 ext Lovelace", ContactPurpose.HOME)
            .preferredLanguage("english please")
            .tag("Private Banking!")
            .build();

    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class, () -> crm.customers().register(caller, command));

    // then
    assertThat(thrown.command()).isEqualTo("RegisterCustomer");
    assertThat(thrown.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactlyInAnyOrder(
            tuple("legalName", "NotBlank"),
            tuple("dateOfBirth", "PastOrPresent"),
            tuple("contactPoints[0].email", "ValidEmail"),
            tuple("contactPoints[1].phone", "ValidPhone"),
            tuple("preferredLanguage", "LanguageTag"),
            tuple("tags[0]", "SegmentTag"));
    assertThat(customerCount()).isZero();
    assertThat(auditHead()).isEqualTo(before);
    assertThat(pendingEvents()).isEmpty();
    assertThat(received).isEmpty();
    assertFreeOf(
        thrown.getMessage() + thrown.violations(),
        "ada-at-example.com",
        "Lovelace",
        "english please",
        "Private Banking!",
        "2999");
  }

  @Test
  void register_valueRefusedByCoreType_isReportedAtItsPath() {
    // given
    RegisterCustomer command =
        RegisterCustomer.person(NAME)
            .nationalId("GB", "QQ 12#34")
            .email(EMAIL, ContactPurpose.PERSONAL)
            .contactPoint(
                NewContactPoint.email("a.lovelace@example.com", ContactPurpose.WORK).asPrimary())
            .contactPoint(
                NewContactPoint.email("ada.l@example.com", ContactPurpose.WORK).asPrimary())
            .status(CustomerStatus.CLOSED)
            .build();

    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class, () -> crm.customers().register(caller, command));

    // then
    assertThat(thrown.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactlyInAnyOrder(
            tuple("governmentId.value", Violation.INVALID_VALUE),
            tuple("contactPoints[2].primary", "SinglePrimary"),
            tuple("initialStatus", "InitialStatus"));
    assertFreeOf(thrown.getMessage(), "QQ 12#34", "ada.l@example.com", NAME);
    assertThat(customerCount()).isZero();
  }

  @Test
  void register_contactPointWithoutItsValue_isRefusedAtTheMissingField() {
    // given
    NewContactPoint broken =
        new NewContactPoint(ContactChannel.PHONE, EMAIL, null, null, ContactPurpose.HOME, false);

    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class,
            () ->
                crm.customers()
                    .register(caller, RegisterCustomer.person(NAME).contactPoint(broken).build()));

    // then
    assertThat(thrown.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactlyInAnyOrder(
            tuple("contactPoints[0].email", "Null"), tuple("contactPoints[0].phone", "NotNull"));
  }

  @Test
  void register_nullCommand_isRefusedAsValidationError() {
    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class, () -> crm.customers().register(caller, null));

    // then
    assertThat(thrown.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("command", "NotNull"));
  }

  @Test
  void register_twoContactPointsOfAChannelWithoutPrimary_makesTheFirstPrimary() {
    // given
    RegisterCustomer command =
        RegisterCustomer.person(NAME)
            .email(EMAIL, ContactPurpose.PERSONAL)
            .email("ada@work.example.com", ContactPurpose.WORK)
            .build();

    // when
    Customer registered = crm.customers().register(caller, command);

    // then
    assertThat(registered.contactPoints())
        .extracting(ContactPoint::primary)
        .containsExactly(true, false);
  }
}
