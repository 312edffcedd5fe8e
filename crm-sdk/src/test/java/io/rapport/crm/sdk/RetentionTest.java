package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.compliance.RetainedRecordType;
import io.rapport.crm.compliance.RetentionAction;
import io.rapport.crm.compliance.RetentionPolicy;
import io.rapport.crm.lead.ConsentFlags;
import io.rapport.crm.lead.DisqualifiedLead;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadAnonymisation;
import io.rapport.crm.lead.LeadContact;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadSource;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.lead.OpenLead;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.spi.RetentionCheckpoint;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Retention} over the in-memory adapter: due leads are anonymised in bounded batches with
 * exact counts, newer ones are untouched, a second run does nothing, and a run that failed after
 * some batches resumes after the last committed one.
 */
class RetentionTest extends SdkFixture {
  private static final Instant OLD = Instant.parse("2021-06-01T10:00:00Z");
  private static final Instant RECENT = Instant.parse("2024-12-01T10:00:00Z");
  private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
  private static final RetentionPolicy TWO_YEARS =
      RetentionPolicy.of(RetainedRecordType.DISQUALIFIED_LEAD, Period.ofYears(2));

  private int serial;

  private OpenLead aLead(Instant at) {
    int n = ++serial;
    return OpenLead.capture(
        new LeadId(java.util.UUID.nameUUIDFromBytes(("lead-" + tenant + n).getBytes())),
        LeadSource.of(SourceKind.WEB_FORM, "mortgage-form"),
        ProductType.MORTGAGE,
        LeadContact.named("Grace Hopper " + n)
            .withEmail(EmailAddress.of("grace" + n + "@example.com"))
            .withPostcode("SW1Y 4JH"),
        ConsentFlags.contactOnly(),
        "form-grace-" + n,
        BranchCode.of("LDN-01"),
        "mass-affluent",
        at);
  }

  private List<Lead> storeDisqualified(int count, Instant at) {
    List<Lead> leads = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      leads.add(aLead(at).disqualified("no need", at));
    }
    storage.inTransactionDo(unit -> unit.leads().insertAll(tenant, leads));
    return leads;
  }

  private List<Lead> storeOpen(int count, Instant at) {
    List<Lead> leads = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      leads.add(aLead(at));
    }
    storage.inTransactionDo(unit -> unit.leads().insertAll(tenant, leads));
    return leads;
  }

  private Lead stored(Lead lead) {
    return storage.inTransaction(unit -> unit.leads().get(tenant, lead.id()));
  }

  private long anonymisedCount() {
    return storage.inTransaction(
        unit ->
            unit.leads().findByStatus(tenant, LeadStatus.DISQUALIFIED, 10_000).stream()
                .filter(LeadAnonymisation::isAnonymised)
                .count());
  }

  private Optional<RetentionCheckpoint> checkpoint() {
    return storage.inTransaction(
        unit -> unit.retention().checkpoint(tenant, RetainedRecordType.DISQUALIFIED_LEAD));
  }

  private RetentionReport run(int batchSize) {
    return crm.retention().applyRetention(caller, NOW, batchSize, List.of(TWO_YEARS));
  }

  @Test
  void applyRetention_disqualifiedLeadsOlderThanPeriod_anonymisedInBatchesWithExactCounts() {
    // given
    List<Lead> due = storeDisqualified(7, OLD);
    List<Lead> recent = storeDisqualified(2, RECENT);
    List<Lead> open = storeOpen(3, OLD);

    // when
    RetentionReport report = run(3);

    // then
    RetentionOutcome outcome = report.outcome(RetainedRecordType.DISQUALIFIED_LEAD).orElseThrow();
    assertThat(outcome.examined()).isEqualTo(7);
    assertThat(outcome.anonymised()).isEqualTo(7);
    assertThat(outcome.deleted()).isZero();
    assertThat(outcome.batches()).isEqualTo(3);
    assertThat(outcome.resumed()).isEmpty();
    assertThat(outcome.cutoff()).isEqualTo(Instant.parse("2023-03-01T09:00:00Z"));
    for (Lead lead : due) {
      Lead after = stored(lead);
      assertThat(after.contact().name()).isEqualTo("Anonymised lead " + lead.id().value());
      assertThat(after.contact().email()).isNull();
      assertThat(after.contact().postcode()).isNull();
      assertThat(after.captureKey()).startsWith(LeadAnonymisation.CAPTURE_KEY_PREFIX);
      assertThat(after.status()).isEqualTo(LeadStatus.DISQUALIFIED);
      assertThat(((DisqualifiedLead) after).reason()).isEqualTo("no need");
      assertThat(after.updatedAt()).isEqualTo(lead.updatedAt());
      assertThat(after.capturedAt()).isEqualTo(lead.capturedAt());
    }
    for (Lead lead : recent) {
      assertThat(stored(lead).withVersion(lead.version())).isEqualTo(lead);
    }
    for (Lead lead : open) {
      assertThat(stored(lead).withVersion(lead.version())).isEqualTo(lead);
    }
    List<AuditEntry> audit =
        auditEntries().stream().filter(e -> e.action().equals("lead.anonymised")).toList();
    assertThat(audit).hasSize(7);
    assertThat(audit)
        .flatExtracting(AuditEntry::changes)
        .extracting(FieldChange::oldValue, FieldChange::newValue)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(null, null));
    assertThat(crm.audit().verify(tenant).intact()).isTrue();
  }

  @Test
  void applyRetention_secondRun_doesNothing() {
    // given
    storeDisqualified(5, OLD);
    RetentionReport first = run(2);
    long auditAfterFirst = auditHead().sequence();

    // when
    RetentionReport second = run(2);

    // then
    assertThat(first.processed()).isEqualTo(5);
    RetentionOutcome outcome = second.outcome(RetainedRecordType.DISQUALIFIED_LEAD).orElseThrow();
    assertThat(outcome.examined()).isZero();
    assertThat(outcome.processed()).isZero();
    assertThat(outcome.batches()).isZero();
    assertThat(auditHead().sequence()).isEqualTo(auditAfterFirst);
  }

  @Test
  void applyRetention_failureAfterTwoBatches_nextRunResumesAtThirdAndTotalsMatchACleanRun() {
    // given ten due leads, batches of three, and a crash while the third batch commits
    List<Lead> due = storeDisqualified(10, OLD);
    List<String> ids =
        due.stream().map(l -> l.id().value().toString()).sorted(Comparator.naturalOrder()).toList();
    storage.reset();
    storage.failAt("retention.saveCheckpoint", 3);
    assertThatThrownBy(() -> run(3)).isInstanceOf(IllegalStateException.class);
    long afterCrash = anonymisedCount();
    Optional<RetentionCheckpoint> checkpoint = checkpoint();
    storage.reset();

    // when
    RetentionReport resumed = run(3);

    // then
    assertThat(afterCrash).isEqualTo(6);
    assertThat(checkpoint).isPresent();
    assertThat(checkpoint.get().batches()).isEqualTo(2);
    assertThat(checkpoint.get().lastKey()).isEqualTo(ids.get(5));
    RetentionOutcome outcome = resumed.outcome(RetainedRecordType.DISQUALIFIED_LEAD).orElseThrow();
    assertThat(outcome.resumed()).contains(ids.get(5));
    assertThat(outcome.examined()).isEqualTo(4);
    assertThat(outcome.anonymised()).isEqualTo(4);
    assertThat(outcome.batches()).isEqualTo(2);
    assertThat(afterCrash + outcome.anonymised()).isEqualTo(due.size());
    assertThat(anonymisedCount()).isEqualTo(due.size());
    assertThat(auditEntries().stream().filter(e -> e.action().equals("lead.anonymised")))
        .hasSize(due.size());
    assertThat(checkpoint()).isEmpty();
  }

  @Test
  void applyRetention_lostLeads_anonymisesOnlyOpenLeadsUnchangedForThePeriod() {
    // given
    List<Lead> cold = storeOpen(2, OLD);
    List<Lead> warm = storeOpen(1, RECENT);
    List<Lead> disqualified = storeDisqualified(1, OLD);
    RetentionPolicy lost = RetentionPolicy.of(RetainedRecordType.LOST_LEAD, Period.ofMonths(18));

    // when
    RetentionReport report = crm.retention().applyRetention(caller, NOW, 10, List.of(lost));

    // then
    assertThat(report.outcome(RetainedRecordType.LOST_LEAD).orElseThrow().anonymised())
        .isEqualTo(2);
    assertThat(cold).allMatch(l -> LeadAnonymisation.isAnonymised(stored(l)));
    assertThat(stored(cold.get(0)).status()).isEqualTo(LeadStatus.NEW);
    assertThat(LeadAnonymisation.isAnonymised(stored(warm.get(0)))).isFalse();
    assertThat(LeadAnonymisation.isAnonymised(stored(disqualified.get(0)))).isFalse();
  }

  @Test
  void applyRetention_configuredPolicies_areAppliedByTheShortForm() {
    // given
    Crm configured =
        Crm.builder().storage(storage).clock(clock).retention(List.of(TWO_YEARS)).build();
    storeDisqualified(2, OLD);

    // when
    RetentionReport report = configured.retention().applyRetention(caller, NOW);

    // then
    assertThat(configured.retention().policies()).containsExactly(TWO_YEARS);
    assertThat(report.processed()).isEqualTo(2);
    assertThat(crm.retention().policies()).isEmpty();
  }

  @Test
  void applyRetention_badArguments_areRejectedNamingTheField() {
    // when / then
    assertThatThrownBy(() -> crm.retention().applyRetention(caller, NOW, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("batchSize");
    assertThatThrownBy(
            () -> crm.retention().applyRetention(caller, NOW, 10, List.of(TWO_YEARS, TWO_YEARS)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("policies");
    assertThatThrownBy(
            () ->
                new RetentionPolicy(
                    RetainedRecordType.DISQUALIFIED_LEAD,
                    Period.ofYears(1),
                    RetentionAction.DELETE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("action");
    assertThatThrownBy(() -> RetentionPolicy.of(RetainedRecordType.AUDIT, Period.ZERO))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("period");
  }

  @Test
  void applyRetention_auditOlderThanPeriod_prefixRemovedAndChainStillVerifies() {
    // given five entries written at the fixture clock's time (March 2025)
    io.rapport.crm.party.Customer ada = register("Ada Lovelace");
    for (int i = 0; i < 4; i++) {
      register("Customer " + i);
    }
    RetentionPolicy audit = RetentionPolicy.of(RetainedRecordType.AUDIT, Period.ofYears(1));
    Instant later = Instant.parse("2027-01-01T00:00:00Z");

    // when
    RetentionReport report = crm.retention().applyRetention(caller, later, 2, List.of(audit));
    RetentionReport again = crm.retention().applyRetention(caller, later, 2, List.of(audit));

    // then
    RetentionOutcome outcome = report.outcome(RetainedRecordType.AUDIT).orElseThrow();
    assertThat(outcome.examined()).isEqualTo(5);
    assertThat(outcome.deleted()).isEqualTo(5);
    assertThat(outcome.batches()).isEqualTo(3);
    assertThat(again.processed()).isZero();
    assertThat(crm.audit().history(caller, ada.id())).isEmpty();
    assertThat(auditEntries()).extracting(AuditEntry::action).containsOnly("audit.pruned");
    assertThat(auditEntries()).extracting(AuditEntry::sequence).containsExactly(6L, 7L, 8L);
    assertThat(crm.audit().verify(tenant).intact()).isTrue();
    assertThat(crm.audit().verify(tenant).entriesChecked()).isEqualTo(3);
  }
}
