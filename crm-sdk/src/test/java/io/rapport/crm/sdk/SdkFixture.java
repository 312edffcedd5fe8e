package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.IdSource;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.inmemory.InMemoryStorage;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Crm over the in-memory adapter (wrapped to record port calls), a ticking clock, seeded ids, a
 * fresh tenant and helpers to look behind the SDK: audit head, pending events, customer count.
 */
class SdkFixture {
  static final String NAME = "Ada Lovelace";
  static final String EMAIL = "ada@example.com";
  static final String PHONE = "+44 20 7946 0018";
  static final String PHONE_E164 = "+442079460018";
  static final String NATIONAL_ID = "QQ123456C";
  static final LocalDate BIRTH = LocalDate.of(1815, 12, 10);

  final TickingClock clock = TickingClock.startingAt("2025-03-01T09:00:00Z");
  final RecordingStorage storage = new RecordingStorage(InMemoryStorage.create());
  final Crm crm =
      Crm.builder().storage(storage).clock(clock).idSource(IdSource.seededUuidV7(clock, 7)).build();
  final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
  final Caller caller = Caller.of(tenant, Actor.user("rm-17"));
  final List<DomainEvent> received = new CopyOnWriteArrayList<>();

  /** Subscribes a listener that collects every event into {@link #received}. */
  Subscription collectEvents() {
    return crm.events().subscribe(received::add);
  }

  /** Ada with every field set. */
  static RegisterCustomer.Builder ada() {
    return RegisterCustomer.person(NAME)
        .displayName("Ada")
        .dateOfBirth(BIRTH)
        .nationalId("gb", NATIONAL_ID)
        .email(EMAIL, ContactPurpose.PERSONAL)
        .phone(PHONE, ContactPurpose.HOME)
        .postal(
            NewPostalAddress.of(List.of("12 St James's Square"), "London", "SW1Y 4JH", "GB"),
            ContactPurpose.CORRESPONDENCE)
        .preferredLanguage("en-GB")
        .tag("private-banking")
        .owner("rm-17")
        .branch("LDN-01");
  }

  Customer register(String name) {
    return crm.customers().register(caller, RegisterCustomer.person(name).build());
  }

  Customer registerOrganisation(String name) {
    return crm.customers().register(caller, RegisterCustomer.organisation(name).build());
  }

  AuditHead auditHead() {
    return storage.inTransaction(unit -> unit.audit().head(tenant));
  }

  List<AuditEntry> auditEntries() {
    return storage.inTransaction(unit -> unit.audit().read(tenant, 1, 10_000));
  }

  List<DomainEvent> pendingEvents() {
    return storage.inTransaction(unit -> unit.outbox().pending(tenant, 10_000));
  }

  long customerCount() {
    return storage.inTransaction(unit -> unit.customers().count(tenant));
  }

  /** Asserts that none of the raw values occurs in {@code text}, ignoring case. */
  static void assertFreeOf(String text, String... raw) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String value : raw) {
      assertThat(lower).doesNotContain(value.toLowerCase(Locale.ROOT));
    }
  }

  /** Every personal value of {@link #ada()} in its raw and normalised forms. */
  static String[] adasPersonalData() {
    return new String[] {
      NAME,
      "Lovelace",
      EMAIL,
      PHONE,
      PHONE_E164,
      "2079460018",
      NATIONAL_ID,
      "1815-12-10",
      "St James",
      "SW1Y"
    };
  }
}
