package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.ScoreKind;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingId;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.merge.MergeId;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.CustomerReferences;
import io.rapport.crm.spi.MergeRecord;
import io.rapport.crm.spi.RepointedRow;
import io.rapport.crm.tck.internal.Fixtures;
import io.rapport.crm.tck.internal.MergeChildren;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.rapport.crm.spi.CustomerMerges} and its {@link CustomerReferences}: every
 * kind of row naming a customer moves to the survivor and back, rows that would collide stay, merge
 * records round trip with their before-images, undo is marked once, and another tenant sees none of
 * it.
 */
public abstract class CustomerMergeContract {
  /** The kinds every adapter moves; an adapter may add more (a context of its own). */
  public static final Set<String> STANDARD_KINDS =
      Set.of(
          "relationship-from",
          "relationship-to",
          "household-member",
          "holding",
          "lead-converted",
          "lead-linked",
          "opportunity",
          "consent",
          "campaign-member",
          "customer-score",
          "financial-event");

  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();

  /** For subclasses binding the contract to an adapter. */
  protected CustomerMergeContract() {}

  /** The storage under test; may be shared by every test, which each use fresh tenants. */
  protected abstract CrmStorage storage();

  private Customer stored(String name) {
    Customer customer = given.aPersonNamed(name);
    storage().inTransactionDo(unit -> unit.customers().insert(tenant, customer));
    return customer;
  }

  private List<RepointedRow> repoint(List<CustomerId> from, CustomerId to) {
    return storage()
        .inTransaction(
            unit -> {
              List<RepointedRow> moved = new ArrayList<>();
              for (CustomerReferences references : unit.customerMerges().references()) {
                moved.addAll(references.repoint(tenant, from, to));
              }
              return moved;
            });
  }

  private void restore(CustomerId to, List<RepointedRow> rows) {
    storage()
        .inTransactionDo(
            unit -> unit.customerMerges().references().forEach(r -> r.restore(tenant, to, rows)));
  }

  @Test
  @DisplayName("references: every standard kind is there, each kind once")
  void references_kinds_coverTheStandardKindsOnce() {
    // when
    List<String> kinds =
        storage()
            .inTransaction(
                unit ->
                    unit.customerMerges().references().stream()
                        .map(CustomerReferences::kind)
                        .toList());

    // then
    assertThat(kinds).containsAll(STANDARD_KINDS).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("repoint: every kind of row of the merged records moves; restore moves it back")
  void repoint_everyKind_movesToSurvivorAndRestoreMovesBack() {
    // given
    MergeChildren children = new MergeChildren(storage(), given);
    Customer a = stored("Survivor");
    Customer b = stored("Merged one");
    Customer c = stored("Merged two");
    List.of(a, b, c).forEach(customer -> children.seed(customer.id()));
    Map<String, Set<String>> rowsOfA = children.rowsOf(a.id());
    Map<String, Set<String>> rowsOfB = children.rowsOf(b.id());
    Map<String, Set<String>> rowsOfC = children.rowsOf(c.id());
    assertThat(rowsOfB.keySet())
        .as("the fixture seeds every kind")
        .containsExactlyInAnyOrder(
            "relationship-from",
            "relationship-to",
            "household",
            "holding",
            "lead-converted",
            "lead-linked",
            "opportunity",
            "consent",
            "campaign-member",
            "customer-score",
            "financial-event");

    // when
    List<RepointedRow> moved = repoint(List.of(b.id(), c.id()), a.id());

    // then: all moved but the CLV scores, which the survivor already has
    Map<String, Set<String>> expected = union(rowsOfA, union(rowsOfB, rowsOfC));
    expected.put("customer-score", rowsOfA.get("customer-score"));
    assertThat(children.rowsOf(a.id())).isEqualTo(expected);
    assertThat(children.rowsOf(b.id())).containsOnlyKeys("customer-score");
    assertThat(children.rowsOf(c.id())).containsOnlyKeys("customer-score");
    assertThat(moved).extracting(RepointedRow::from).containsOnly(b.id(), c.id());
    assertThat(moved).hasSize(2 * 10);

    // when
    restore(a.id(), moved);

    // then
    assertThat(children.rowsOf(a.id())).isEqualTo(rowsOfA);
    assertThat(children.rowsOf(b.id())).isEqualTo(rowsOfB);
    assertThat(children.rowsOf(c.id())).isEqualTo(rowsOfC);
  }

  @Test
  @DisplayName("repoint: a moved versioned row gets a new version, so stale writers fail")
  void repoint_holding_bumpsItsVersion() {
    // given
    Customer a = stored("Survivor");
    Customer b = stored("Merged");
    Holding holding = given.aHolding(b.id());
    storage().inTransactionDo(unit -> unit.holdings().insert(tenant, holding));

    // when
    repoint(List.of(b.id()), a.id());

    // then
    Holding read =
        storage().inTransaction(unit -> unit.holdings().find(tenant, holding.id())).orElseThrow();
    assertThat(read.customer()).isEqualTo(a.id());
    assertThat(read.version()).isEqualTo(holding.version() + 1);
  }

  @Test
  @DisplayName("repoint: a relationship between two records of the merge stays where it is")
  void repoint_relationshipWithinTheMerge_staysPut() {
    // given
    Customer a = stored("Survivor");
    Customer b = stored("Merged");
    storage()
        .inTransactionDo(
            unit -> unit.relationships().insert(tenant, given.aRelationship(b.id(), a.id())));

    // when
    List<RepointedRow> moved = repoint(List.of(b.id()), a.id());

    // then
    assertThat(moved).isEmpty();
    List<Relationship> ofB =
        storage().inTransaction(unit -> unit.relationships().forCustomer(tenant, b.id()));
    assertThat(ofB).singleElement().satisfies(r -> assertThat(r.to()).isEqualTo(a.id()));
  }

  @Test
  @DisplayName("repoint: two merged records with the same score kind: the first one's moves")
  void repoint_sameScoreKindOnTwoMergedRecords_movesOnlyTheFirst() {
    // given
    Customer a = stored("Survivor");
    Customer b = stored("Merged one");
    Customer c = stored("Merged two");
    Instant at = given.now();
    storage()
        .inTransactionDo(
            unit ->
                unit.customerScores()
                    .storeAll(
                        tenant,
                        List.of(
                            new CustomerScore(b.id(), ScoreKind.P_ALIVE, BigDecimal.ONE, null, at),
                            new CustomerScore(
                                c.id(), ScoreKind.P_ALIVE, BigDecimal.ZERO, null, at))));

    // when
    List<RepointedRow> moved = repoint(List.of(b.id(), c.id()), a.id());

    // then
    assertThat(moved).singleElement().satisfies(r -> assertThat(r.from()).isEqualTo(b.id()));
    assertThat(score(a.id(), ScoreKind.P_ALIVE))
        .hasValueSatisfying(s -> assertThat(s.value()).isEqualByComparingTo(BigDecimal.ONE));
  }

  @Test
  @DisplayName("repoint: another tenant's rows never move")
  void repoint_otherTenant_movesNothing() {
    // given
    Customer a = stored("Survivor");
    Customer b = stored("Merged");
    Holding holding = given.aHolding(b.id());
    storage().inTransactionDo(unit -> unit.holdings().insert(tenant, holding));
    TenantId other = Fixtures.freshTenant();

    // when
    List<RepointedRow> moved =
        storage()
            .inTransaction(
                unit -> {
                  List<RepointedRow> rows = new ArrayList<>();
                  unit.customerMerges()
                      .references()
                      .forEach(r -> rows.addAll(r.repoint(other, List.of(b.id()), a.id())));
                  return rows;
                });

    // then
    assertThat(moved).isEmpty();
    assertThat(holding(holding.id()).customer()).isEqualTo(b.id());
  }

  @Test
  @DisplayName("insert/find: a merge record reads back equal, before-images included")
  void insert_mergeRecord_readsBackEqual() {
    // given
    MergeRecord record = aMergeRecord();

    // when
    storage().inTransactionDo(unit -> unit.customerMerges().insert(tenant, record));

    // then
    MergeRecord read =
        storage()
            .inTransaction(unit -> unit.customerMerges().find(tenant, record.id()))
            .orElseThrow();
    assertThat(read).isEqualTo(record);
    assertThat(read.before().get(1).contactPoints())
        .isEqualTo(record.before().get(1).contactPoints());
    assertThat(merge(Fixtures.freshTenant(), record.id())).isEmpty();
    assertThatThrownBy(
            () -> storage().inTransactionDo(unit -> unit.customerMerges().insert(tenant, record)))
        .isInstanceOf(DuplicateRecordException.class);
  }

  @Test
  @DisplayName("markUndone: once true, then false; mergedAway sees only standing merges")
  void markUndone_twice_isTrueThenFalse() {
    // given
    MergeRecord record = aMergeRecord();
    storage().inTransactionDo(unit -> unit.customerMerges().insert(tenant, record));
    CustomerId merged = record.merged().get(0);
    assertThat(mergedAway(merged))
        .hasValueSatisfying(m -> assertThat(m.id()).isEqualTo(record.id()));
    assertThat(mergedAway(record.survivor())).isEmpty();
    Instant at = given.later();

    // when
    boolean first = markUndone(record.id(), at);
    boolean second = markUndone(record.id(), at);

    // then
    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(merge(tenant, record.id()))
        .hasValueSatisfying(
            m -> assertThat(m.undoneAt()).isEqualTo(at.truncatedTo(ChronoUnit.MICROS)));
    assertThat(mergedAway(merged)).isEmpty();
    assertThat(markUndone(new MergeId(given.nextUuid()), at)).isFalse();
  }

  private Optional<CustomerScore> score(CustomerId customer, ScoreKind kind) {
    return storage().inTransaction(unit -> unit.customerScores().find(tenant, customer, kind));
  }

  private Holding holding(HoldingId id) {
    return storage().inTransaction(unit -> unit.holdings().find(tenant, id)).orElseThrow();
  }

  private Optional<MergeRecord> merge(TenantId owner, MergeId id) {
    return storage().inTransaction(unit -> unit.customerMerges().find(owner, id));
  }

  private Optional<MergeRecord> mergedAway(CustomerId customer) {
    return storage().inTransaction(unit -> unit.customerMerges().mergedAway(tenant, customer));
  }

  private boolean markUndone(MergeId id, Instant at) {
    return storage().inTransaction(unit -> unit.customerMerges().markUndone(tenant, id, at));
  }

  private MergeRecord aMergeRecord() {
    Customer survivor = given.aPerson();
    Customer merged = given.aPersonNamed("Merged");
    Customer third = given.anOrganisation().toBuilder().status(CustomerStatus.MERGED).build();
    List<RepointedRow> rows =
        List.of(
            new RepointedRow("holding", given.nextUuid().toString(), merged.id()),
            new RepointedRow("financial-event", "PURCHASE:ext key/1", third.id()));
    Instant at = given.now().plusNanos(123_456_789);
    return new MergeRecord(
        new MergeId(given.nextUuid()),
        survivor.id(),
        List.of(merged.id(), third.id()),
        List.of(survivor, merged, third),
        rows,
        at,
        at.plusSeconds(86_400 * 30),
        null);
  }

  private static Map<String, Set<String>> union(
      Map<String, Set<String>> left, Map<String, Set<String>> right) {
    Map<String, Set<String>> union = new TreeMap<>();
    for (Map<String, Set<String>> side : List.of(left, right)) {
      side.forEach((kind, keys) -> union.computeIfAbsent(kind, k -> new TreeSet<>()).addAll(keys));
    }
    return union;
  }
}
