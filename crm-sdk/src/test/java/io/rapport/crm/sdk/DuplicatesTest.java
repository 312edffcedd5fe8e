package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.IdSource;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.inmemory.InMemoryStorage;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerMergedException;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.merge.DuplicateReport;
import io.rapport.crm.party.merge.MatchReason;
import io.rapport.crm.party.merge.MergeField;
import io.rapport.crm.party.merge.SurvivorshipRule;
import io.rapport.crm.party.merge.SurvivorshipRules;
import io.rapport.crm.party.merge.UnmergeRefusedException;
import io.rapport.crm.tck.internal.CampaignFixtures;
import io.rapport.crm.tck.internal.Fixtures;
import io.rapport.crm.tck.internal.MergeChildren;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DuplicatesTest {
  private final TickingClock clock = TickingClock.startingAt("2025-03-01T09:00:00Z");
  private final RecordingStorage storage = new RecordingStorage(InMemoryStorage.create());
  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();
  private final Caller caller = Caller.of(tenant, Actor.user("rm-17"));
  private final Crm crm = crmWithWindow(Crm.DEFAULT_MERGE_UNDO_WINDOW);
  private final MergeChildren children = new MergeChildren(storage, given);

  private Crm crmWithWindow(Duration window) {
    return Crm.builder()
        .storage(storage)
        .clock(clock)
        .idSource(IdSource.seededUuidV7(clock, 7))
        .mergeUndoWindow(window)
        .build();
  }

  private List<Customer> storedWithChildren(int count) {
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Customer customer = given.aPersonNamed("Record " + i);
      storage.inTransactionDo(unit -> unit.customers().insert(tenant, customer));
      children.seed(customer.id());
      customers.add(customer);
    }
    return customers;
  }

  private Map<CustomerId, Map<String, Set<String>>> rowsOf(List<Customer> customers) {
    Map<CustomerId, Map<String, Set<String>>> rows = new HashMap<>();
    customers.forEach(c -> rows.put(c.id(), children.rowsOf(c.id())));
    return rows;
  }

  private Customer stored(CustomerId id) {
    return storage.inTransaction(unit -> unit.customers().get(tenant, id));
  }

  private List<AuditEntry> audit() {
    return storage.inTransaction(unit -> unit.audit().read(tenant, 1, 10_000));
  }

  @Test
  void find_registeredLookAlikes_areOneClusterAndFewComparisons() {
    // given
    crm.customers()
        .register(
            caller,
            RegisterCustomer.person("Ada Lovelace")
                .email("Ada@Example.org", ContactPurpose.PERSONAL)
                .build());
    crm.customers()
        .register(
            caller,
            RegisterCustomer.person("Lovelace, Ada")
                .email("ada@example.ORG", ContactPurpose.WORK)
                .build());
    for (int i = 0; i < 30; i++) {
      crm.customers().register(caller, RegisterCustomer.person("Someone " + i + " Else").build());
    }

    // when
    DuplicateReport report = crm.duplicates().find(caller, DuplicateSearch.standard());

    // then
    assertThat(report.records()).isEqualTo(32);
    assertThat(report.clusters())
        .singleElement()
        .satisfies(c -> assertThat(c.reasons()).contains(MatchReason.EMAIL));
    assertThat(report.comparisons()).isPositive().isLessThan(report.allPairs());
  }

  @ParameterizedTest(name = "{0} records")
  @ValueSource(ints = {2, 3, 5})
  void merge_records_moveEveryChildKindAndMarkTheOthersMerged(int count) {
    // given
    List<Customer> records = storedWithChildren(count);
    Customer survivor = records.get(0);
    List<CustomerId> others = records.stream().skip(1).map(Customer::id).toList();
    Map<String, Set<String>> expected = new TreeMap<>();
    records.forEach(
        r ->
            children
                .rowsOf(r.id())
                .forEach(
                    (kind, keys) ->
                        expected.computeIfAbsent(kind, k -> new TreeSet<>()).addAll(keys)));
    expected.put("customer-score", children.rowsOf(survivor.id()).get("customer-score"));
    List<DomainEvent> events = new ArrayList<>();
    crm.events().subscribe(events::add);
    int auditBefore = audit().size();

    // when
    MergeResult result =
        crm.duplicates()
            .merge(
                caller,
                MergeCustomers.into(survivor.id()).merging(others.toArray(CustomerId[]::new)));

    // then
    assertThat(children.rowsOf(survivor.id())).isEqualTo(expected);
    for (CustomerId other : others) {
      assertThat(children.rowsOf(other)).containsOnlyKeys("customer-score");
      assertThat(stored(other).status()).isEqualTo(CustomerStatus.MERGED);
      assertThatThrownBy(() -> crm.customers().get(caller, other))
          .isInstanceOf(CustomerMergedException.class)
          .satisfies(
              e -> assertThat(((CustomerMergedException) e).survivor()).isEqualTo(survivor.id()));
    }
    assertThat(result.merged()).isEqualTo(others);
    assertThat(result.repointedRows())
        .containsEntry("holding", count - 1)
        .containsEntry("consent", count - 1);
    // every record has its own e-mails and phone; the postal address is the same, kept once
    assertThat(result.survivor().contactPoints()).hasSize(3 * count + 1);
    assertThat(events).filteredOn(e -> e.type().equals("customer.merged")).hasSize(count);
    List<AuditEntry> entries = audit().subList(auditBefore, audit().size());
    assertThat(entries).filteredOn(e -> e.action().equals("customer.merged")).hasSize(count);
    assertThat(crm.duplicates().mergeRecord(caller, result.mergeId()))
        .hasValueSatisfying(m -> assertThat(m.before()).hasSize(count));
  }

  @Test
  void merge_auditOfMergedRecord_holdsItsMaskedBeforeImage() {
    // given
    List<Customer> records = storedWithChildren(2);
    Customer merged = records.get(1);

    // when
    crm.duplicates().merge(caller, MergeCustomers.into(records.get(0).id()).merging(merged.id()));

    // then
    AuditEntry entry =
        audit().stream()
            .filter(e -> e.recordId().equals(merged.id().toString()))
            .filter(e -> e.action().equals("customer.merged"))
            .findFirst()
            .orElseThrow();
    assertThat(entry.changes())
        .extracting(c -> c.field())
        .contains("legalName", "displayName", "governmentId", "status", "tags");
    assertThat(entry.changes().toString()).doesNotContain("Amelia", "QQ123456C", "Hartley");
  }

  @Test
  void merge_withdrawalOnAMergedRecord_winsOverTheSurvivorsLaterGrant() {
    // given
    Customer survivor = given.aPersonNamed("Survivor");
    Customer merged = given.aPersonNamed("Merged");
    CampaignFixtures consents = new CampaignFixtures(given);
    Instant early = Instant.parse("2025-01-01T00:00:00Z");
    storage.inTransactionDo(
        unit -> {
          unit.customers().insertAll(tenant, List.of(survivor, merged));
          unit.consents()
              .append(tenant, consents.consent(merged.id(), ConsentAction.GRANTED, early));
          unit.consents()
              .append(
                  tenant,
                  consents.consent(merged.id(), ConsentAction.WITHDRAWN, early.plusSeconds(60)));
          unit.consents()
              .append(
                  tenant,
                  consents.consent(survivor.id(), ConsentAction.GRANTED, early.plusSeconds(120)));
        });

    // when
    MergeResult result =
        crm.duplicates().merge(caller, MergeCustomers.into(survivor.id()).merging(merged.id()));

    // then
    assertThat(result.withdrawnConsents()).isEqualTo(1);
    assertThat(
            crm.consents()
                .mayContact(
                    caller,
                    ConsentSubject.customer(survivor.id()),
                    ConsentPurpose.MARKETING,
                    ConsentChannel.EMAIL,
                    clock.peek())
                .allowed())
        .isFalse();
  }

  @Test
  void merge_survivorshipRules_decideTheSurvivorsFields() {
    // given
    Customer survivor = given.aPersonNamed("Old name");
    Customer merged =
        given.aPersonNamed("New name").toBuilder()
            .updatedAt(Instant.parse("2026-01-01T00:00:00Z"))
            .build();
    storage.inTransactionDo(unit -> unit.customers().insertAll(tenant, List.of(survivor, merged)));
    SurvivorshipRules rules =
        SurvivorshipRules.standard().with(MergeField.DISPLAY_NAME, SurvivorshipRule.MOST_RECENT);

    // when
    MergeResult result =
        crm.duplicates()
            .merge(caller, MergeCustomers.into(survivor.id()).merging(merged.id()).rules(rules));

    // then
    assertThat(result.survivor().displayName()).isEqualTo("New name");
    assertThat(result.chosenFrom()).containsEntry(MergeField.DISPLAY_NAME, merged.id());
    assertThat(stored(survivor.id()).displayName()).isEqualTo("New name");
  }

  @Test
  void unmerge_withinTheWindow_restoresRecordsAndRowsExactly() {
    // given
    List<Customer> records = storedWithChildren(3);
    Map<CustomerId, Map<String, Set<String>>> rowsBefore = rowsOf(records);
    MergeResult merge =
        crm.duplicates()
            .merge(
                caller,
                MergeCustomers.into(records.get(0).id())
                    .merging(records.get(1).id(), records.get(2).id()));

    List<DomainEvent> events = new ArrayList<>();
    crm.events().subscribe(events::add);

    // when
    UnmergeResult result = crm.duplicates().unmerge(caller, merge.mergeId());

    // then
    for (Customer before : records) {
      Customer now = stored(before.id());
      assertThat(now.toBuilder().version(before.version()).build()).isEqualTo(before);
      assertThat(now.version()).isEqualTo(before.version() + 2);
    }
    assertThat(rowsOf(records)).isEqualTo(rowsBefore);
    assertThat(result.restored()).hasSize(3);
    assertThat(events)
        .filteredOn(e -> e.type().equals("customer.unmerged"))
        .extracting(DomainEvent::aggregateId)
        .containsExactlyInAnyOrder(
            records.stream().map(r -> r.id().toString()).toArray(String[]::new));
    assertThat(result.restoredRows()).isEqualTo(2 * 10);
    assertThat(crm.customers().get(caller, records.get(1).id()).status())
        .isEqualTo(records.get(1).status());
    assertThat(crm.duplicates().mergeRecord(caller, merge.mergeId()))
        .hasValueSatisfying(m -> assertThat(m.undoneAt()).isNotNull());
    assertThatThrownBy(() -> crm.duplicates().unmerge(caller, merge.mergeId()))
        .isInstanceOf(UnmergeRefusedException.class)
        .satisfies(
            e ->
                assertThat(((UnmergeRefusedException) e).reason())
                    .isEqualTo(UnmergeRefusedException.Reason.ALREADY_UNDONE));
  }

  @Test
  void unmerge_afterTheWindow_isRefusedAndChangesNothing() {
    // given
    Crm strict = crmWithWindow(Duration.ofSeconds(1));
    List<Customer> records = storedWithChildren(2);
    MergeResult merge =
        strict
            .duplicates()
            .merge(caller, MergeCustomers.into(records.get(0).id()).merging(records.get(1).id()));
    clock.instant();
    clock.instant();
    Map<CustomerId, Map<String, Set<String>>> rowsMerged = rowsOf(records);

    // when / then
    assertThatThrownBy(() -> strict.duplicates().unmerge(caller, merge.mergeId()))
        .isInstanceOf(UnmergeRefusedException.class)
        .hasMessageContaining("undo window")
        .satisfies(
            e ->
                assertThat(((UnmergeRefusedException) e).reason())
                    .isEqualTo(UnmergeRefusedException.Reason.WINDOW_PASSED));
    assertThat(rowsOf(records)).isEqualTo(rowsMerged);
    assertThat(stored(records.get(1).id()).status()).isEqualTo(CustomerStatus.MERGED);
  }

  @Test
  void unmerge_survivorChangedSinceTheMerge_isRefused() {
    // given
    List<Customer> records = storedWithChildren(2);
    MergeResult merge =
        crm.duplicates()
            .merge(caller, MergeCustomers.into(records.get(0).id()).merging(records.get(1).id()));
    crm.customers()
        .changeStatus(
            caller, merge.survivor().id(), merge.survivor().version(), CustomerStatus.DORMANT);

    // when / then
    assertThatThrownBy(() -> crm.duplicates().unmerge(caller, merge.mergeId()))
        .isInstanceOf(UnmergeRefusedException.class)
        .satisfies(
            e ->
                assertThat(((UnmergeRefusedException) e).reason())
                    .isEqualTo(UnmergeRefusedException.Reason.CHANGED_SINCE_MERGE));
  }

  @Test
  void merge_failingLateInTheUnit_leavesNothingChanged() {
    // given
    List<Customer> records = storedWithChildren(3);
    Map<CustomerId, Map<String, Set<String>>> rowsBefore = rowsOf(records);
    int auditBefore = audit().size();
    storage.failOn("customerMerges.insert");

    // when / then
    assertThatThrownBy(
            () ->
                crm.duplicates()
                    .merge(
                        caller,
                        MergeCustomers.into(records.get(0).id())
                            .merging(records.get(1).id(), records.get(2).id())))
        .isInstanceOf(IllegalStateException.class);
    storage.reset();
    assertThat(rowsOf(records)).isEqualTo(rowsBefore);
    for (Customer before : records) {
      assertThat(stored(before.id())).isEqualTo(before);
    }
    assertThat(audit()).hasSize(auditBefore);
  }

  @Test
  void merge_invalidCommand_reportsEveryViolation() {
    // given
    CustomerId ada = given.customerId();
    List<CustomerId> others = new ArrayList<>();
    others.add(ada);
    others.add(null);
    others.add(given.customerId());
    others.add(others.get(2));

    // when / then
    assertThatThrownBy(() -> crm.duplicates().merge(caller, new MergeCustomers(ada, others, null)))
        .isInstanceOf(CommandValidationException.class)
        .satisfies(
            e ->
                assertThat(((CommandValidationException) e).violations())
                    .extracting(Violation::path)
                    .containsExactlyInAnyOrder("rules", "others[0]", "others[1]", "others[3]"));
    assertThatThrownBy(() -> crm.duplicates().merge(caller, MergeCustomers.into(ada)))
        .isInstanceOf(CommandValidationException.class)
        .hasMessageContaining("others");
  }

  @Test
  void merge_alreadyMergedRecord_isRefusedNamingTheSurvivor() {
    // given
    List<Customer> records = storedWithChildren(3);
    crm.duplicates()
        .merge(caller, MergeCustomers.into(records.get(0).id()).merging(records.get(1).id()));

    // when / then
    assertThatThrownBy(
            () ->
                crm.duplicates()
                    .merge(
                        caller,
                        MergeCustomers.into(records.get(2).id()).merging(records.get(1).id())))
        .isInstanceOf(CustomerMergedException.class)
        .hasMessageContaining(records.get(0).id().toString());
  }

  @Test
  void readmeSnippet_findsMergesAndUnmerges() {
    // given: the README's block, with this test's crm and caller
    Customer ada =
        crm.customers()
            .register(
                caller,
                RegisterCustomer.person("Ada Lovelace")
                    .email("ada@example.org", ContactPurpose.PERSONAL)
                    .build());
    Customer copy =
        crm.customers()
            .register(
                caller,
                RegisterCustomer.person("Lovelace, Ada")
                    .email("ADA@example.org", ContactPurpose.WORK)
                    .build());

    // when
    DuplicateReport report = crm.duplicates().find(caller, DuplicateSearch.standard());
    MergeResult merged =
        crm.duplicates()
            .merge(
                caller,
                MergeCustomers.into(ada.id())
                    .merging(copy.id())
                    .rules(
                        SurvivorshipRules.standard()
                            .with(MergeField.DISPLAY_NAME, SurvivorshipRule.MOST_RECENT)));
    UnmergeResult undone = crm.duplicates().unmerge(caller, merged.mergeId());

    // then
    assertThat(report.clusters())
        .singleElement()
        .satisfies(c -> assertThat(c.members()).containsExactlyInAnyOrder(ada.id(), copy.id()));
    assertThat(merged.survivor().contactPoints()).hasSize(1);
    assertThat(undone.restored()).extracting(Customer::id).containsExactly(ada.id(), copy.id());
    assertThat(crm.customers().get(caller, copy.id()).status()).isEqualTo(copy.status());
  }
}
