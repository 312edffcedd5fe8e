package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditChain;
import io.rapport.crm.compliance.AuditDraft;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.compliance.SubjectDataVisitor;
import io.rapport.crm.compliance.SubjectExportHeader;
import io.rapport.crm.compliance.SubjectSection;
import io.rapport.crm.finance.ExternalKey;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.finance.Purchase;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.sdk.internal.SubjectExporter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PrivacyExportTest extends SdkFixture {

  @Test
  void export_registeredCustomer_visitsEverySectionInOrderAndAuditsTheExport() {
    // given
    Customer ada = crm.customers().register(caller.because("ticket 7"), ada().build());
    Recorder recorder = new Recorder();

    // when
    crm.privacy().export(caller.because("subject request 42"), ada.id(), recorder);

    // then
    assertThat(recorder.header.format()).isEqualTo("rapport-subject-export/1");
    assertThat(recorder.header.subject()).isEqualTo(ada.id());
    assertThat(recorder.header.tenant()).isEqualTo(tenant);
    assertThat(recorder.sections).containsExactly(SubjectSection.values());
    assertThat(recorder.ended).isTrue();
    assertThat(recorder.records.get(SubjectSection.CUSTOMER)).containsExactly(ada);
    AuditEntry exported = auditEntries().get(auditEntries().size() - 1);
    assertThat(exported.action()).isEqualTo("customer.exported");
    assertThat(exported.recordId()).isEqualTo(ada.id().toString());
    assertThat(exported.changes()).isEmpty();
    assertThat(exported.reason()).isEqualTo("subject request 42");
    assertThat(recorder.records.get(SubjectSection.AUDIT_ENTRIES))
        .extracting(entry -> ((AuditEntry) entry).action())
        .containsExactly("customer.registered", "customer.exported");
  }

  @Test
  void export_unknownCustomer_isNotFoundAndAuditsNothing() {
    // given
    register(NAME);
    AuditHead before = auditHead();
    Recorder recorder = new Recorder();
    CustomerId unknown = new CustomerId(UUID.randomUUID());

    // when / then
    assertThatThrownBy(() -> crm.privacy().export(caller, unknown, recorder))
        .isInstanceOf(CustomerNotFoundException.class);
    assertThat(auditHead()).isEqualTo(before);
    assertThat(recorder.header).isNull();
  }

  @Test
  void export_customerOfAnotherTenant_isNotFound() {
    // given
    Customer ada = crm.customers().register(caller, ada().build());
    Caller stranger = Caller.of(TenantId.of("t-other-" + UUID.randomUUID()), caller.actor());

    // when / then
    assertThatThrownBy(() -> crm.privacy().export(stranger, ada.id(), new Recorder()))
        .isInstanceOf(CustomerNotFoundException.class);
  }

  @Test
  void export_nullArguments_areRefusedNamingThem() {
    // given
    Customer ada = register(NAME);

    // when / then
    assertThatThrownBy(() -> crm.privacy().export(caller, ada.id(), null))
        .isInstanceOf(CommandValidationException.class)
        .hasMessageContaining("visitor");
    assertThatThrownBy(() -> crm.privacy().export(caller, null, new Recorder()))
        .isInstanceOf(CommandValidationException.class)
        .hasMessageContaining("customer");
  }

  @Test
  void export_longHistory_readsFinancialEventsAndAuditEntriesInPages() {
    // given: 20,000 financial events and 20,000 further audit entries about one customer
    Customer ada = register(NAME);
    int history = 20_000;
    storeFinancialEvents(ada.id(), history);
    appendAuditEntries(ada.id(), history);
    storage.reset();
    Counter counter = new Counter();

    // when
    crm.privacy().export(caller, ada.id(), counter);

    // then: every record visited, read in pages of the page size, each in its own unit
    int page = SubjectExporter.PAGE_SIZE;
    int auditEntries = 1 + history + 1; // registered, the history, exported
    assertThat(counter.counts.get(SubjectSection.FINANCIAL_EVENTS)).isEqualTo(history);
    assertThat(counter.counts.get(SubjectSection.AUDIT_ENTRIES)).isEqualTo(auditEntries);
    assertThat(storage.count("financialEvents.forCustomer")).isEqualTo(history / page + 1);
    assertThat(storage.count("audit.forRecord")).isEqualTo(auditEntries / page + 1);
    assertThat(storage.count("audit.read")).isZero();
    assertThat(storage.units())
        .as("the export's write, the small sections, then one unit per page")
        .isEqualTo(2 + (history / page + 1) + (auditEntries / page + 1));
  }

  private void storeFinancialEvents(CustomerId customer, int count) {
    List<FinancialEvent> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(
          new Purchase(
              ExternalKey.of("pos-" + i),
              customer,
              LocalDate.of(2020, 1, 1).plusDays(i % 1500),
              Money.of(i + ".00", "EUR")));
    }
    storage.inTransactionDo(unit -> unit.financialEvents().storeNew(tenant, events));
  }

  private void appendAuditEntries(CustomerId customer, int count) {
    storage.inTransactionDo(
        unit -> {
          AuditHead head = unit.audit().lockHead(tenant);
          List<AuditEntry> entries = new ArrayList<>(count);
          for (int i = 0; i < count; i++) {
            AuditDraft draft =
                new AuditDraft(
                    "customer",
                    customer.toString(),
                    "customer.updated",
                    List.of(new FieldChange("tags", null, "t" + i)),
                    null);
            AuditEntry entry =
                AuditChain.append(
                    tenant, head, Instant.parse("2025-03-01T10:00:00Z"), Actor.system("x"), draft);
            entries.add(entry);
            head = new AuditHead(entry.sequence(), entry.hash());
          }
          unit.audit().append(tenant, entries);
        });
  }

  /** Keeps everything it is handed, in order. */
  private static final class Recorder implements SubjectDataVisitor {
    SubjectExportHeader header;
    final List<SubjectSection> sections = new ArrayList<>();
    final Map<SubjectSection, List<Object>> records = new EnumMap<>(SubjectSection.class);
    SubjectSection open;
    boolean ended;

    @Override
    public void begin(SubjectExportHeader value) {
      header = value;
    }

    @Override
    public void beginSection(SubjectSection section) {
      assertThat(open).isNull();
      open = section;
      sections.add(section);
      records.put(section, new ArrayList<>());
    }

    @Override
    public void record(Object record) {
      records.get(open).add(record);
    }

    @Override
    public void endSection(SubjectSection section) {
      assertThat(section).isEqualTo(open);
      open = null;
    }

    @Override
    public void end() {
      ended = true;
    }
  }

  /** Counts records per section and keeps none. */
  private static final class Counter implements SubjectDataVisitor {
    final Map<SubjectSection, Integer> counts = new EnumMap<>(SubjectSection.class);
    SubjectSection open;

    @Override
    public void begin(SubjectExportHeader header) {}

    @Override
    public void beginSection(SubjectSection section) {
      open = section;
      counts.put(section, 0);
    }

    @Override
    public void record(Object record) {
      counts.merge(open, 1, Integer::sum);
    }

    @Override
    public void endSection(SubjectSection section) {}

    @Override
    public void end() {}
  }
}
