package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditChain;
import io.rapport.crm.compliance.AuditDraft;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.compliance.LegalHold;
import io.rapport.crm.compliance.SubjectKey;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.spi.SubjectKeys;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The privacy facade's edges: arguments, legal holds, events and audit entries of older format. */
class PrivacyTest extends SdkFixture {

  @Test
  void placeLegalHold_blankReason_isRejectedNamingItAndNothingIsStored() {
    // given
    Customer ada = crm.customers().register(caller, ada().build());
    AuditHead before = auditHead();

    // when / then
    assertThatThrownBy(() -> crm.privacy().placeLegalHold(caller, ada.id(), " "))
        .isInstanceOf(CommandValidationException.class)
        .satisfies(
            e ->
                assertThat(((CommandValidationException) e).violations())
                    .extracting(Violation::path)
                    .containsExactly("reason"));
    assertThat(crm.privacy().legalHold(caller, ada.id())).isEmpty();
    assertThat(auditHead()).isEqualTo(before);
  }

  @Test
  void placeLegalHold_unknownCustomer_throwsNotFound() {
    // given
    CustomerId unknown = new CustomerId(UUID.randomUUID());

    // when / then
    assertThatThrownBy(() -> crm.privacy().placeLegalHold(caller, unknown, "case 1"))
        .isInstanceOf(CustomerNotFoundException.class);
  }

  @Test
  void placeLegalHold_customer_isReadBackAndAudited() {
    // given
    Customer ada = crm.customers().register(caller, ada().build());

    // when
    LegalHold hold = crm.privacy().placeLegalHold(caller, ada.id(), "case 2025-3");

    // then
    assertThat(crm.privacy().legalHold(caller, ada.id())).contains(hold);
    assertThat(hold.placedBy()).isEqualTo(caller.actor());
    List<AuditEntry> history = crm.audit().history(caller, ada.id());
    assertThat(history.get(history.size() - 1).action()).isEqualTo("customer.legal-hold-placed");
    assertThat(history.get(history.size() - 1).changes())
        .containsExactly(new FieldChange("legalHold", null, "case 2025-3"));
  }

  @Test
  void erase_nullArguments_areRejectedNamingThem() {
    // given / when / then
    assertThatThrownBy(() -> crm.privacy().erase(caller, (CustomerId) null))
        .isInstanceOf(CommandValidationException.class)
        .hasMessageContaining("customer");
    assertThatThrownBy(() -> crm.privacy().erase(caller, (LeadId) null))
        .isInstanceOf(CommandValidationException.class)
        .hasMessageContaining("lead");
    assertThatThrownBy(() -> crm.privacy().erase(null, new CustomerId(UUID.randomUUID())))
        .isInstanceOf(CommandValidationException.class)
        .hasMessageContaining("caller");
  }

  @Test
  void erase_unknownCustomer_throwsNotFound() {
    // given / when / then
    assertThatThrownBy(() -> crm.privacy().erase(caller, new CustomerId(UUID.randomUUID())))
        .isInstanceOf(CustomerNotFoundException.class);
  }

  @Test
  void erase_customer_emitsCustomerErasedAfterCommitWithoutPersonalData() {
    // given
    Customer ada = crm.customers().register(caller, ada().build());
    collectEvents();

    // when
    ErasureReport report = crm.privacy().erase(caller, ada.id());

    // then
    assertThat(received).extracting(DomainEvent::type).containsExactly("customer.erased");
    DomainEvent event = received.get(0);
    assertThat(event.aggregateId()).isEqualTo(ada.id().toString());
    assertThat(event.data()).containsEntry("contactPoint", "3").containsEntry("customer", "1");
    assertFreeOf(event.toString() + event.data(), adasPersonalData());
    assertFreeOf(report.toString(), adasPersonalData());
  }

  @Test
  void erase_customerWithUndeliveredEvents_deletesThemAndKeepsOnlyTheErasure() {
    // given: no listener, so the registration event is still in the outbox
    Customer ada = crm.customers().register(caller, ada().build());
    assertThat(pendingEvents()).extracting(DomainEvent::type).contains("customer.registered");

    // when
    ErasureReport report = crm.privacy().erase(caller, ada.id());

    // then
    assertThat(pendingEvents()).extracting(DomainEvent::type).containsExactly("customer.erased");
    assertThat(report.count("outboxEvent")).isEqualTo(1);
  }

  @Test
  void erase_entryWrittenBeforeSealing_staysVerifiableAndReadable() {
    // given: an entry in the older, plain format, as written before values were sealed
    Customer ada = crm.customers().register(caller, ada().build());
    storage.inTransactionDo(
        unit -> {
          AuditHead head = unit.audit().lockHead(tenant);
          AuditDraft plain =
              new AuditDraft(
                  "customer",
                  ada.id().toString(),
                  "customer.updated",
                  List.of(new FieldChange("displayName", "A***(3)", "A***(4)")),
                  null);
          unit.audit()
              .append(
                  tenant,
                  List.of(AuditChain.append(tenant, head, clock.instant(), caller.actor(), plain)));
        });

    // when
    crm.privacy().erase(caller, ada.id());

    // then: the chain verifies, sealed values read as erased, the plain one cannot be shredded
    assertThat(crm.audit().verify(tenant).intact()).isTrue();
    List<AuditEntry> history = crm.audit().history(caller, ada.id());
    assertThat(history.get(0).changes())
        .extracting(FieldChange::newValue)
        .containsOnly(FieldChange.ERASED);
    assertThat(history.get(1).changes())
        .containsExactly(new FieldChange("displayName", "A***(3)", "A***(4)"));
  }

  @Test
  void erase_hostKeyStore_keysLiveThereAndAreDestroyedThere() {
    // given: a host key store (a KMS stand-in) instead of the storage's table
    Map<ConsentSubject, SubjectKey> vault = new ConcurrentHashMap<>();
    SubjectKeys hostKeys =
        new SubjectKeys() {
          @Override
          public Optional<SubjectKey> findKey(TenantId in, ConsentSubject subject) {
            return Optional.ofNullable(vault.get(subject));
          }

          @Override
          public void storeKey(TenantId in, ConsentSubject subject, SubjectKey key) {
            vault.put(subject, key);
          }

          @Override
          public boolean destroyKey(TenantId in, ConsentSubject subject) {
            return vault.remove(subject) != null;
          }
        };
    Crm hosted = Crm.builder().storage(storage).clock(clock).subjectKeys(hostKeys).build();
    Customer ada = hosted.customers().register(caller, ada().build());
    ConsentSubject subject = ConsentSubject.customer(ada.id());
    assertThat(vault).containsKey(subject);
    Optional<SubjectKey> stored =
        storage.inTransaction(unit -> unit.personalData().findKey(tenant, subject));
    assertThat(stored).isEmpty();
    assertThat(hosted.audit().history(caller, ada.id()).get(0).changes())
        .extracting(FieldChange::newValue)
        .contains("A***(12)");

    // when
    hosted.privacy().erase(caller, ada.id());

    // then
    assertThat(vault).doesNotContainKey(subject);
    assertThat(hosted.audit().history(caller, ada.id()).get(0).changes())
        .extracting(FieldChange::newValue)
        .containsOnly(FieldChange.ERASED);
    assertThat(hosted.audit().verify(tenant).intact()).isTrue();
  }
}
