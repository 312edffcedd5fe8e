package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.compliance.LegalHoldException;
import io.rapport.crm.compliance.SubjectKey;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.HouseholdRole;
import io.rapport.crm.party.RelationshipType;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.SubjectKeys;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * GDPR erasure end to end through the SDK, for every adapter: a person registered with unique
 * canary values in every personal field and touched in several contexts is erased; afterwards
 * nothing the storage holds (every text and binary value of every table or map, the audit log's
 * sealed values included) contains a canary, the audit chain still verifies, history reads as
 * erased, a second erase changes nothing, a legal hold blocks erasure and an erase failing midway
 * leaves everything as it was. Subclasses bind it to an adapter and say how to read all stored
 * text.
 */
public abstract class ErasureChecks {
  private final Random random = new Random();
  private final String marker = letters(10);
  private final String nameCanary = "zqn" + marker;
  private final String emailCanary = "zqe" + marker;
  private final String phoneDigits = "2079" + digits(6);
  private final String nationalIdCanary = "QZ" + digits(7);
  private final String streetCanary = "zqa" + marker;
  private final String tagCanary = "zqt" + marker;
  private final String productCanary = "zqp" + marker;
  private final String consentSourceCanary = "zqs" + marker;
  private final String householdCanary = "zqh" + marker;
  private final String leadNameCanary = "zql" + marker;
  private final String leadEmailCanary = "zqm" + marker;
  private final String leadPostcodeCanary = "ZQ" + digits(6);
  private final String disqualifiedCanary = "zqd" + marker;

  private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
  private final Caller caller = Caller.of(tenant, Actor.user("dpo-1"));
  private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
  private Customer partner;

  /** For subclasses binding the checks to an adapter. */
  protected ErasureChecks() {}

  /** The storage under test; may be shared, each test uses a fresh tenant. */
  protected abstract CrmStorage storage();

  /**
   * Every value the storage holds, for every tenant, as text: each text column (or string field)
   * and each binary one decoded as UTF-8.
   */
  protected abstract List<String> storedText();

  private Crm crm() {
    return Crm.builder().storage(storage()).build();
  }

  private List<String> canaries() {
    return List.of(
        nameCanary,
        emailCanary,
        phoneDigits,
        nationalIdCanary,
        streetCanary,
        tagCanary,
        productCanary,
        consentSourceCanary,
        householdCanary,
        leadNameCanary,
        leadEmailCanary,
        leadPostcodeCanary,
        disqualifiedCanary);
  }

  /** The canaries found in any stored value (case-insensitive). */
  private List<String> canariesStored() {
    List<String> lowerCase = new ArrayList<>();
    for (String text : storedText()) {
      lowerCase.add(text.toLowerCase(Locale.ROOT));
    }
    List<String> found = new ArrayList<>();
    for (String canary : canaries()) {
      String wanted = canary.toLowerCase(Locale.ROOT);
      if (lowerCase.stream().anyMatch(text -> text.contains(wanted))) {
        found.add(canary);
      }
    }
    return found;
  }

  /** The person, a partner, a shared and an own household, a holding, consents, two leads. */
  private Customer aPersonTouchedEverywhere(Crm crm) {
    partner = crm.customers().register(caller, RegisterCustomer.person("Grace Hopper").build());
    Customer person =
        crm.customers()
            .register(
                caller,
                RegisterCustomer.person("Ada " + nameCanary)
                    .displayName("Ada " + nameCanary)
                    .dateOfBirth(LocalDate.of(1815, 12, 10))
                    .nationalId("gb", nationalIdCanary)
                    .email(emailCanary + "@example.com", ContactPurpose.PERSONAL)
                    .phone("+44 " + phoneDigits, ContactPurpose.HOME)
                    .postal(
                        NewPostalAddress.of(
                            List.of("12 " + streetCanary + " Square"), "London", "SW1Y 4JH", "GB"),
                        ContactPurpose.CORRESPONDENCE)
                    .tag(tagCanary)
                    .build());
    person =
        crm.customers()
            .update(caller, UpdateCustomer.of(person).displayName("Lady " + nameCanary).build());
    crm.relationships()
        .link(caller, LinkCustomers.of(person.id(), partner.id(), RelationshipType.SPOUSE));
    crm.households()
        .create(
            caller,
            CreateHousehold.named("The family")
                .member(person.id(), HouseholdRole.HEAD, true)
                .member(partner.id(), HouseholdRole.OTHER, false)
                .build());
    crm.households()
        .create(
            caller,
            CreateHousehold.named(householdCanary + " flat")
                .member(person.id(), HouseholdRole.HEAD, false)
                .build());
    crm.holdings()
        .record(
            caller,
            RecordHolding.of(person.id(), ProductType.SAVINGS, productCanary + " Saver")
                .account("GB29 NWBK 6016 1331 9268 19")
                .balance("1200.00", "GBP")
                .openedOn(LocalDate.of(2020, 1, 15))
                .build());
    crm.consents()
        .record(
            caller,
            RecordConsent.of(
                ConsentSubject.customer(person.id()),
                ConsentPurpose.MARKETING,
                ConsentChannel.EMAIL,
                ConsentAction.GRANTED,
                "web form " + consentSourceCanary,
                "v1"));
    Lead captured = aLead(crm, leadNameCanary);
    Lead converted = crm.leads().qualify(caller, captured.id(), captured.version());
    crm.leads()
        .convert(
            caller,
            ConvertLead.intoCustomer(
                converted.id(), converted.version(), "conversion-" + marker, person.id()));
    return crm.customers().get(caller, person.id());
  }

  private Lead aLead(Crm crm, String name) {
    Lead lead =
        crm.leads()
            .capture(
                caller,
                CaptureLead.builder(
                        "capture-" + name, SourceKind.WEB_FORM, ProductType.MORTGAGE, "Ada " + name)
                    .email(leadEmailCanary + "@example.org")
                    .phone("+44 " + phoneDigits)
                    .postcode(leadPostcodeCanary)
                    .consents(true, true, false)
                    .build())
            .lead();
    crm.consents()
        .record(
            caller,
            RecordConsent.of(
                ConsentSubject.lead(lead.id()),
                ConsentPurpose.MARKETING,
                ConsentChannel.SMS,
                ConsentAction.GRANTED,
                "landing page " + consentSourceCanary,
                "v1"));
    return crm.leads().find(caller, lead.id()).orElseThrow();
  }

  @Test
  void erase_personTouchedEverywhere_leavesNoCanaryInAnyTableAndTheChainVerifies() {
    // given
    Crm crm = crm();
    Customer person = aPersonTouchedEverywhere(crm);
    assertThat(canariesStored())
        .as("the scan sees the person's data before erasure")
        .containsAll(
            List.of(
                nameCanary,
                emailCanary,
                phoneDigits,
                nationalIdCanary,
                streetCanary,
                tagCanary,
                productCanary,
                consentSourceCanary,
                householdCanary,
                leadNameCanary,
                leadEmailCanary,
                leadPostcodeCanary));

    // when
    ErasureReport report = crm.privacy().erase(caller, person.id());

    // then
    assertThat(canariesStored()).isEmpty();
    assertThat(crm.audit().verify(tenant).intact()).isTrue();
    assertThat(report.alreadyErased()).isFalse();
    assertThat(report.count("customer")).isEqualTo(1);
    assertThat(report.count("contactPoint")).isEqualTo(3);
    assertThat(report.count("holding")).isEqualTo(1);
    assertThat(report.count("relationship")).isEqualTo(1);
    assertThat(report.count("householdMembership")).isEqualTo(1);
    assertThat(report.count("household")).isEqualTo(1);
    assertThat(report.count("consent")).isEqualTo(1);
    assertThat(report.count("lead")).isEqualTo(1);
    assertThat(report.count("subjectKey")).isEqualTo(1);
    Customer erased = crm.customers().get(caller, person.id());
    assertThat(erased.displayName()).startsWith("erased-");
    assertThat(erased.contactPoints()).isEmpty();
    assertThat(erased.party().governmentId()).isNull();
    assertThat(erased.party().foundingDate()).isNull();
    assertThat(erased.status()).isEqualTo(CustomerStatus.CLOSED);
  }

  @Test
  void erase_personWithHistory_historyReadsErasedAndPartnerKeepsTheSharedHousehold() {
    // given
    Crm crm = crm();
    Customer person = aPersonTouchedEverywhere(crm);
    List<AuditEntry> before = crm.audit().history(caller, person.id());
    assertThat(values(before))
        .anyMatch(value -> value.startsWith("A***("))
        .doesNotContain(FieldChange.ERASED);

    // when
    crm.privacy().erase(caller, person.id());

    // then
    List<AuditEntry> after = crm.audit().history(caller, person.id());
    assertThat(after).hasSize(before.size() + 1);
    assertThat(values(after.subList(0, before.size())))
        .isNotEmpty()
        .allMatch(FieldChange.ERASED::equals);
    assertThat(after.get(after.size() - 1).action()).isEqualTo("customer.erased");
    assertThat(after.get(after.size() - 1).changes()).isEmpty();
    assertThat(crm.relationships().of(caller, partner.id())).isEmpty();
    assertThat(crm.households().of(caller, partner.id()))
        .singleElement()
        .satisfies(
            household -> {
              assertThat(household.name()).isEqualTo("The family");
              assertThat(household.primaryMember()).isEqualTo(partner.id());
              assertThat(household.members()).hasSize(1);
            });
    assertThat(crm.customers().get(caller, partner.id()).displayName()).isEqualTo("Grace Hopper");
  }

  @Test
  void erase_twice_secondChangesNothingAndReportsAlreadyErased() {
    // given
    Crm crm = crm();
    Customer person = aPersonTouchedEverywhere(crm);
    ErasureReport first = crm.privacy().erase(caller, person.id());
    crm.events().subscribe(events::add);
    long head = crm.audit().verify(tenant).entriesChecked();
    Customer erased = crm.customers().get(caller, person.id());

    // when
    ErasureReport second = crm.privacy().erase(caller, person.id());

    // then
    assertThat(second.alreadyErased()).isTrue();
    assertThat(second.counts()).isEmpty();
    assertThat(second.erasedAt()).isEqualTo(first.erasedAt());
    assertThat(crm.audit().verify(tenant).entriesChecked()).isEqualTo(head);
    assertThat(crm.customers().get(caller, person.id())).isEqualTo(erased);
    assertThat(events).isEmpty();
  }

  @Test
  void erase_legalHold_throwsNamingTheCustomerAndChangesNothing() {
    // given
    Crm crm = crm();
    Customer person = aPersonTouchedEverywhere(crm);
    crm.privacy().placeLegalHold(caller, person.id(), "litigation case 2025-117");
    long entries = crm.audit().verify(tenant).entriesChecked();

    // when / then
    assertThatThrownBy(() -> crm.privacy().erase(caller, person.id()))
        .isInstanceOf(LegalHoldException.class)
        .hasMessageContaining(person.id().toString())
        .hasMessageNotContaining(nameCanary)
        .hasMessageNotContaining("litigation");
    assertThat(crm.customers().get(caller, person.id())).isEqualTo(person);
    assertThat(crm.audit().verify(tenant).entriesChecked()).isEqualTo(entries);
    assertThat(canariesStored()).contains(nameCanary, emailCanary, leadNameCanary);
  }

  @Test
  void erase_holdReleased_erases() {
    // given
    Crm crm = crm();
    Customer person = aPersonTouchedEverywhere(crm);
    crm.privacy().placeLegalHold(caller, person.id(), "litigation case 2025-118");

    // when
    boolean released = crm.privacy().releaseLegalHold(caller, person.id());
    ErasureReport report = crm.privacy().erase(caller, person.id());

    // then
    assertThat(released).isTrue();
    assertThat(crm.privacy().legalHold(caller, person.id())).isEmpty();
    assertThat(report.alreadyErased()).isFalse();
    assertThat(canariesStored()).isEmpty();
    assertThat(crm.audit().verify(tenant).intact()).isTrue();
  }

  @Test
  void erase_failingMidway_rollsBackEverything() {
    // given: keys kept by a host store whose destroy fails, after the rows were already erased
    FailingDestroy keys = new FailingDestroy(storage());
    Crm crm = Crm.builder().storage(storage()).subjectKeys(keys).build();
    Customer person = aPersonTouchedEverywhere(crm);
    long entries = crm.audit().verify(tenant).entriesChecked();

    // when / then
    assertThatThrownBy(() -> crm.privacy().erase(caller, person.id()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(crm.customers().get(caller, person.id())).isEqualTo(person);
    assertThat(crm.holdings().of(caller, person.id())).hasSize(1);
    assertThat(crm.relationships().of(caller, person.id())).hasSize(1);
    assertThat(crm.households().of(caller, person.id())).hasSize(2);
    assertThat(crm.audit().verify(tenant).entriesChecked()).isEqualTo(entries);
    assertThat(canariesStored()).contains(nameCanary, productCanary, leadNameCanary);
  }

  @Test
  void eraseLead_openAndDisqualifiedLeads_leaveNoCanaryAndEmitLeadErased() {
    // given
    Crm crm = crm();
    Lead open = aLead(crm, leadNameCanary);
    Lead other = aLead(crm, "other" + marker);
    Lead disqualified =
        crm.leads().disqualify(caller, other.id(), other.version(), "said " + disqualifiedCanary);
    crm.events().subscribe(events::add);
    assertThat(canariesStored()).contains(leadNameCanary, leadEmailCanary, disqualifiedCanary);

    // when
    ErasureReport first = crm.privacy().erase(caller, open.id());
    ErasureReport second = crm.privacy().erase(caller, disqualified.id());
    ErasureReport again = crm.privacy().erase(caller, open.id());

    // then
    assertThat(canariesStored()).isEmpty();
    assertThat(crm.audit().verify(tenant).intact()).isTrue();
    assertThat(first.count("lead")).isEqualTo(1);
    assertThat(first.count("consent")).isEqualTo(1);
    assertThat(first.count("subjectKey")).isEqualTo(1);
    assertThat(second.alreadyErased()).isFalse();
    assertThat(again.alreadyErased()).isTrue();
    assertThat(events).extracting(DomainEvent::type).containsExactly("lead.erased", "lead.erased");
    assertThat(values(crm.audit().history(caller, "lead", open.id().toString())))
        .isNotEmpty()
        .allMatch(FieldChange.ERASED::equals);
    assertThat(crm.leads().find(caller, open.id()).orElseThrow().contact().email()).isNull();
  }

  private static List<String> values(List<AuditEntry> entries) {
    List<String> values = new ArrayList<>();
    for (AuditEntry entry : entries) {
      for (FieldChange change : entry.changes()) {
        Optional.ofNullable(change.oldValue()).ifPresent(values::add);
        Optional.ofNullable(change.newValue()).ifPresent(values::add);
      }
    }
    return values;
  }

  private String letters(int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append((char) ('a' + random.nextInt(26)));
    }
    return out.toString();
  }

  private String digits(int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }

  /** The storage's own keys, except that destroying one fails. */
  private static final class FailingDestroy implements SubjectKeys {
    private final CrmStorage storage;

    FailingDestroy(CrmStorage storage) {
      this.storage = storage;
    }

    @Override
    public Optional<SubjectKey> findKey(TenantId tenant, ConsentSubject subject) {
      return storage.inTransaction(unit -> unit.personalData().findKey(tenant, subject));
    }

    @Override
    public void storeKey(TenantId tenant, ConsentSubject subject, SubjectKey key) {
      storage.inTransactionDo(unit -> unit.personalData().storeKey(tenant, subject, key));
    }

    @Override
    public boolean destroyKey(TenantId tenant, ConsentSubject subject) {
      throw new IllegalStateException("key service unavailable");
    }
  }
}
