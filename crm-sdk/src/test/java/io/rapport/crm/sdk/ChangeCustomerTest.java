package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.party.ContactChannel;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.ContactPointId;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.IllegalStatusTransitionException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangeCustomerTest extends SdkFixture {

  @Test
  void update_changedProfile_storesNewVersionAndAuditsOnlyChangedFieldsMasked() {
    // given
    Customer ada = crm.customers().register(caller, ada().build());
    collectEvents();

    // when
    Customer updated =
        crm.customers()
            .update(
                caller,
                UpdateCustomer.of(ada)
                    .legalName("Augusta Ada King")
                    .tag("vip")
                    .branch(null)
                    .build());

    // then
    assertThat(updated.version()).isEqualTo(2);
    assertThat(crm.customers().get(caller, ada.id())).isEqualTo(updated);
    assertThat(updated.party().legalName()).isEqualTo("Augusta Ada King");
    assertThat(updated.displayName()).isEqualTo("Ada");
    assertThat(updated.tags()).containsExactly("private-banking", "vip");
    assertThat(updated.branch()).isNull();
    AuditEntry entry = crm.audit().history(caller, ada.id()).get(1);
    assertThat(entry.action()).isEqualTo("customer.updated");
    assertThat(entry.changes())
        .extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
        .containsExactly(
            tuple("legalName", "A***(12)", "A***(16)"),
            tuple("tags", "private-banking", "private-banking,vip"),
            tuple("branch", "LDN-01", null));
    assertFreeOf(entry.toString(), "Augusta Ada King", NAME);
    assertThat(received)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.type()).isEqualTo("customer.updated");
              assertThat(event.aggregateVersion()).isEqualTo(2);
              assertThat(event.data()).containsEntry("changedFields", "branch,legalName,tags");
            });
  }

  @Test
  void update_nothingChanged_writesNothing() {
    // given
    Customer ada = crm.customers().register(caller, ada().build());
    AuditHead before = auditHead();

    // when
    Customer result = crm.customers().update(caller, UpdateCustomer.of(ada).build());

    // then
    assertThat(result).isEqualTo(ada);
    assertThat(auditHead()).isEqualTo(before);
    assertThat(crm.customers().get(caller, ada.id()).version()).isEqualTo(1);
  }

  @Test
  void update_staleVersion_throwsConcurrentUpdateAndStoresNothing() {
    // given
    Customer ada = crm.customers().register(caller, ada().build());
    crm.customers().update(caller, UpdateCustomer.of(ada).tag("vip").build());
    AuditHead before = auditHead();
    int pendingBefore = pendingEvents().size();

    // when
    ConcurrentUpdateException thrown =
        catchThrowableOfType(
            ConcurrentUpdateException.class,
            () ->
                crm.customers()
                    .update(caller, UpdateCustomer.of(ada).legalName("Ada King").build()));

    // then
    assertThat(thrown.expectedVersion()).isEqualTo(1);
    assertThat(thrown.id()).isEqualTo(ada.id());
    Customer stored = crm.customers().get(caller, ada.id());
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.party().legalName()).isEqualTo(NAME);
    assertThat(auditHead()).isEqualTo(before);
    assertThat(pendingEvents()).hasSize(pendingBefore);
    assertFreeOf(thrown.getMessage(), adasPersonalData());
  }

  @Test
  void update_invalidValues_reportsEveryViolation() {
    // given
    Customer ada = crm.customers().register(caller, ada().build());

    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class,
            () ->
                crm.customers()
                    .update(
                        caller,
                        UpdateCustomer.of(ada)
                            .legalName("")
                            .preferredLanguage("x")
                            .owner(" ")
                            .build()));

    // then
    assertThat(thrown.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactlyInAnyOrder(
            tuple("legalName", "NotBlank"),
            tuple("preferredLanguage", "LanguageTag"),
            tuple("owner", "Pattern"));
  }

  @Test
  void update_unknownCustomer_throwsNotFound() {
    // given
    CustomerId unknown = new CustomerId(UUID.randomUUID());

    // when
    CustomerNotFoundException thrown =
        catchThrowableOfType(
            CustomerNotFoundException.class,
            () ->
                crm.customers()
                    .update(
                        caller, UpdateCustomer.builder(unknown, 1).legalName("Somebody").build()));

    // then
    assertThat(thrown.id()).isEqualTo(unknown);
  }

  @Test
  void changeStatus_legalMove_storesAndAudits() {
    // given
    Customer ada = register(NAME);
    collectEvents();

    // when
    Customer active = crm.customers().changeStatus(caller, ada.id(), 1, CustomerStatus.ACTIVE);

    // then
    assertThat(active.status()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(active.version()).isEqualTo(2);
    assertThat(crm.audit().history(caller, ada.id()))
        .extracting(AuditEntry::action)
        .containsExactly("customer.registered", "customer.status-changed");
    assertThat(received)
        .extracting(DomainEvent::type, event -> event.data().get("from"), e -> e.data().get("to"))
        .containsExactly(tuple("customer.status-changed", "PROSPECT", "ACTIVE"));
  }

  @Test
  void changeStatus_illegalMove_isRefusedAndStoresNothing() {
    // given
    Customer ada = register(NAME);
    Customer closed = crm.customers().changeStatus(caller, ada.id(), 1, CustomerStatus.CLOSED);
    AuditHead before = auditHead();

    // when
    IllegalStatusTransitionException thrown =
        catchThrowableOfType(
            IllegalStatusTransitionException.class,
            () ->
                crm.customers()
                    .changeStatus(caller, ada.id(), closed.version(), CustomerStatus.ACTIVE));

    // then
    assertThat(thrown.from()).isEqualTo(CustomerStatus.CLOSED);
    assertThat(thrown.to()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(crm.customers().get(caller, ada.id())).isEqualTo(closed);
    assertThat(auditHead()).isEqualTo(before);
  }

  @Test
  void changeStatus_nullStatusAndZeroVersion_areValidationErrors() {
    // given
    Customer ada = register(NAME);

    // when
    CommandValidationException nullStatus =
        catchThrowableOfType(
            CommandValidationException.class,
            () -> crm.customers().changeStatus(caller, ada.id(), 1, null));
    CommandValidationException zeroVersion =
        catchThrowableOfType(
            CommandValidationException.class,
            () -> crm.customers().changeStatus(caller, ada.id(), 0, CustomerStatus.ACTIVE));

    // then
    assertThat(nullStatus.violations()).extracting(Violation::path).containsExactly("status");
    assertThat(zeroVersion.violations())
        .extracting(Violation::path)
        .containsExactly("expectedVersion");
  }

  @Test
  void addContactPoint_primary_demotesPreviousPrimaryAndAuditsBoth() {
    // given
    Customer ada = crm.customers().register(caller, ada().build());
    ContactPoint oldPrimary = ada.contactPoints().get(0);

    // when
    Customer changed =
        crm.customers()
            .addContactPoint(
                caller,
                ada.id(),
                1,
                NewContactPoint.email("countess@example.org", ContactPurpose.WORK).asPrimary());

    // then
    assertThat(changed.contactPoints())
        .filteredOn(point -> point.channel() == ContactChannel.EMAIL)
        .extracting(ContactPoint::primary)
        .containsExactly(false, true);
    AuditEntry entry = crm.audit().history(caller, ada.id()).get(1);
    assertThat(entry.action()).isEqualTo("customer.contact-point-added");
    assertThat(entry.changes()).hasSize(2);
    assertThat(entry.changes())
        .filteredOn(change -> change.field().equals("contactPoints[" + oldPrimary.id() + "]"))
        .extracting(FieldChange::oldValue, FieldChange::newValue)
        .containsExactly(
            tuple("EMAIL PERSONAL primary a***@e***.com", "EMAIL PERSONAL a***@e***.com"));
    assertFreeOf(entry.toString(), "countess@example.org", EMAIL);
  }

  @Test
  void addContactPoint_invalidPhone_isRefusedWithoutEchoingIt() {
    // given
    Customer ada = register(NAME);

    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class,
            () ->
                crm.customers()
                    .addContactPoint(
                        caller,
                        ada.id(),
                        1,
                        NewContactPoint.phone("7946 0018 Lovelace", ContactPurpose.HOME)));

    // then
    assertThat(thrown.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("phone", "ValidPhone"));
    assertFreeOf(thrown.toString(), "7946", "Lovelace");
    assertThat(crm.customers().get(caller, ada.id()).version()).isEqualTo(1);
  }

  @Test
  void removeContactPoint_primary_promotesNextOfChannel() {
    // given
    Customer ada =
        crm.customers()
            .register(
                caller,
                RegisterCustomer.person(NAME)
                    .email(EMAIL, ContactPurpose.PERSONAL)
                    .email("ada@work.example.com", ContactPurpose.WORK)
                    .build());
    ContactPointId primary = ada.contactPoints().get(0).id();

    // when
    Customer changed = crm.customers().removeContactPoint(caller, ada.id(), 1, primary);

    // then
    assertThat(changed.contactPoints()).singleElement().matches(ContactPoint::primary);
    assertThat(crm.audit().history(caller, ada.id()))
        .extracting(AuditEntry::action)
        .containsExactly("customer.registered", "customer.contact-point-removed");
  }

  @Test
  void removeContactPoint_unknownPoint_isValidationErrorAtContactPointId() {
    // given
    Customer ada = register(NAME);
    AuditHead before = auditHead();

    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class,
            () ->
                crm.customers()
                    .removeContactPoint(
                        caller, ada.id(), 1, new ContactPointId(UUID.randomUUID())));

    // then
    assertThat(thrown.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("contactPointId", Violation.INVALID_VALUE));
    assertThat(auditHead()).isEqualTo(before);
  }

  @Test
  void history_differentTenant_seesNothing() {
    // given
    Customer ada = register(NAME);
    Caller other = Caller.of(TenantId.of("other-" + UUID.randomUUID()), caller.actor());

    // when
    List<AuditEntry> history = crm.audit().history(other, ada.id());

    // then
    assertThat(history).isEmpty();
    assertThat(crm.customers().find(other, ada.id())).isEmpty();
  }
}
