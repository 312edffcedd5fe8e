package io.rapport.crm.tck;

import static io.rapport.crm.tck.internal.Fixtures.aDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditChain;
import io.rapport.crm.compliance.AuditDraft;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.ChainVerification;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.StorageFeature;
import io.rapport.crm.tck.internal.Fixtures;
import io.rapport.crm.tck.internal.HostileStrings;
import io.rapport.crm.tck.internal.Parallel;
import io.rapport.crm.tck.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.rapport.crm.spi.AuditLog}: the head of an empty chain is {@link
 * AuditHead#EMPTY}; entries are appended only after locking the head in the same unit of work and
 * only when they continue the chain; entries round trip exactly and read back in sequence order,
 * paged or per record; the chain read back verifies intact, also after units raced to append.
 */
public abstract class AuditLogContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();

  /** For subclasses binding the contract to an adapter. */
  protected AuditLogContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  @Test
  @DisplayName("head / lockHead: a tenant without entries has the empty head")
  void head_tenantWithoutEntries_isEmptyHead() {
    // when
    AuditHead head = storage().inTransaction(tx -> tx.audit().head(tenant));
    AuditHead locked = storage().inTransaction(tx -> tx.audit().lockHead(tenant));

    // then
    assertThat(head).isEqualTo(AuditHead.EMPTY);
    assertThat(locked).isEqualTo(AuditHead.EMPTY);
  }

  @Test
  @DisplayName("append: after lockHead, entries continue the chain and the head moves to the last")
  void append_afterLockHead_continuesChainAndMovesHead() {
    // given
    List<AuditEntry> appended = new ArrayList<>();

    // when
    storage()
        .inTransactionDo(
            tx -> {
              AuditHead head = tx.audit().lockHead(tenant);
              List<AuditEntry> firstTwo = given.chain(head, List.of(aDraft("c-1"), aDraft("c-2")));
              tx.audit().append(tenant, firstTwo);
              AuditEntry last = firstTwo.get(1);
              List<AuditEntry> third =
                  given.chain(new AuditHead(last.sequence(), last.hash()), List.of(aDraft("c-1")));
              tx.audit().append(tenant, third);
              appended.addAll(firstTwo);
              appended.addAll(third);
            });

    // then
    AuditEntry last = appended.get(2);
    assertThat(head()).isEqualTo(new AuditHead(3, last.hash()));
    assertThat(readAll()).containsExactlyElementsOf(appended);
    assertThat(appended).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
  }

  @Test
  @DisplayName("append: a later unit continues from the committed head")
  void append_inLaterUnit_continuesFromCommittedHead() {
    // given
    List<AuditEntry> first = appendInOwnUnit(List.of(aDraft("c-1")));

    // when
    List<AuditEntry> second = appendInOwnUnit(List.of(aDraft("c-2"), aDraft("c-3")));

    // then
    assertThat(second.get(0).sequence()).isEqualTo(2);
    assertThat(second.get(0).previousHash()).isEqualTo(first.get(0).hash());
    assertThat(verify(readAll()).intact()).isTrue();
  }

  @Test
  @DisplayName("append: every field of an entry round trips exactly, hostile text included")
  void append_entriesWithEveryField_roundTripExactly() {
    // given
    String hostile = Texts.fit(HostileStrings.TEN_THOUSAND_CHARACTERS, 2000);
    List<AuditDraft> drafts = new ArrayList<>();
    drafts.add(
        new AuditDraft(
            "customer",
            "019\u00e9-';--",
            "customer.renamed",
            List.of(
                new FieldChange("displayName", "A***(12)", "B***(7)"),
                new FieldChange("tags", null, "vip"),
                new FieldChange("owner", "rm-1", null)),
            hostile));
    for (var named : HostileStrings.all()) {
      String text = Texts.fit(named.getPayload(), 100);
      drafts.add(
          new AuditDraft(
              "household",
              text,
              "household.renamed",
              List.of(new FieldChange(Texts.fit(named.getPayload(), 200), text, null)),
              text));
    }
    drafts.add(new AuditDraft("holding", "h-1", "holding.deleted", List.of(), null));
    List<AuditEntry> entries = new ArrayList<>();

    // when
    storage()
        .inTransactionDo(
            tx -> {
              AuditHead head = tx.audit().lockHead(tenant);
              for (AuditDraft draft : drafts) {
                Actor actor =
                    new Actor(
                        Actor.Kind.values()[entries.size() % Actor.Kind.values().length],
                        "actor-" + entries.size());
                AuditEntry entry = AuditChain.append(tenant, head, given.later(), actor, draft);
                entries.add(entry);
                head = new AuditHead(entry.sequence(), entry.hash());
              }
              tx.audit().append(tenant, entries);
            });

    // then
    assertThat(readAll()).containsExactlyElementsOf(entries);
    assertThat(verify(readAll()).intact()).isTrue();
  }

  @Test
  @DisplayName("append: without lockHead in this unit throws IllegalStateException, stores nothing")
  void append_withoutLockHead_throwsIllegalState() {
    // given
    List<AuditEntry> entries = given.chain(AuditHead.EMPTY, List.of(aDraft("c-1")));

    // when / then
    assertThatThrownBy(() -> storage().inTransactionDo(tx -> tx.audit().append(tenant, entries)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(head()).isEqualTo(AuditHead.EMPTY);
  }

  @Test
  @DisplayName("append: a head locked in an earlier unit does not let a later unit append")
  void append_headLockedInEarlierUnit_throwsIllegalState() {
    // given
    AuditHead head = storage().inTransaction(tx -> tx.audit().lockHead(tenant));
    List<AuditEntry> entries = given.chain(head, List.of(aDraft("c-1")));

    // when / then
    assertThatThrownBy(() -> storage().inTransactionDo(tx -> tx.audit().append(tenant, entries)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(head()).isEqualTo(AuditHead.EMPTY);
  }

  @Test
  @DisplayName("append: an entry skipping a sequence number is refused with InvalidValueException")
  void append_sequenceGap_isRefused() {
    // given
    AuditEntry first = appendInOwnUnit(List.of(aDraft("c-1"))).get(0);
    AuditHead skipping = new AuditHead(first.sequence() + 1, first.hash());

    // when / then
    assertRefused(skipping);
  }

  @Test
  @DisplayName(
      "append: an entry not linked to the head's hash is refused with InvalidValueException")
  void append_brokenLink_isRefused() {
    // given
    AuditEntry first = appendInOwnUnit(List.of(aDraft("c-1"))).get(0);
    AuditHead forged = new AuditHead(first.sequence(), "f".repeat(64));

    // when / then
    assertRefused(forged);
  }

  @Test
  @DisplayName("append: a batch whose entries do not link to each other is refused whole")
  void append_batchNotLinkedWithin_isRefused() {
    // given
    appendInOwnUnit(List.of(aDraft("c-1")));

    // when / then
    assertThatThrownBy(
            () ->
                storage()
                    .inTransactionDo(
                        tx -> {
                          AuditHead head = tx.audit().lockHead(tenant);
                          List<AuditEntry> forked = new ArrayList<>();
                          forked.addAll(given.chain(head, List.of(aDraft("c-2"))));
                          forked.addAll(given.chain(head, List.of(aDraft("c-3"))));
                          tx.audit().append(tenant, forked);
                        }))
        .isInstanceOf(InvalidValueException.class);
    assertThat(readAll()).hasSize(1);
  }

  @Test
  @DisplayName("append: an entry chained for another tenant is refused with InvalidValueException")
  void append_entryOfAnotherTenant_isRefused() {
    // given
    TenantId other = Fixtures.freshTenant();
    AuditEntry foreign =
        AuditChain.append(other, AuditHead.EMPTY, given.later(), Actor.user("u"), aDraft("c-1"));

    // when / then
    assertThatThrownBy(
            () ->
                storage()
                    .inTransactionDo(
                        tx -> {
                          tx.audit().lockHead(tenant);
                          tx.audit().append(tenant, List.of(foreign));
                        }))
        .isInstanceOf(InvalidValueException.class);
    assertThat(head()).isEqualTo(AuditHead.EMPTY);
  }

  @Test
  @DisplayName("read: returns up to limit entries from a sequence number on, in sequence order")
  void read_fromAndLimit_pagesInSequenceOrder() {
    // given
    List<AuditEntry> all =
        appendInOwnUnit(IntStream.rangeClosed(1, 25).mapToObj(i -> aDraft("c-" + i)).toList());

    // when
    List<AuditEntry> first = read(1, 10);
    List<AuditEntry> second = read(11, 10);
    List<AuditEntry> third = read(21, 10);
    List<AuditEntry> beyond = read(26, 10);
    List<AuditEntry> middle = read(5, 3);

    // then
    assertThat(first).containsExactlyElementsOf(all.subList(0, 10));
    assertThat(second).containsExactlyElementsOf(all.subList(10, 20));
    assertThat(third).containsExactlyElementsOf(all.subList(20, 25));
    assertThat(beyond).isEmpty();
    assertThat(middle).extracting(AuditEntry::sequence).containsExactly(5L, 6L, 7L);
  }

  @Test
  @DisplayName("forRecord: every entry of one record, in sequence order, never capped")
  void forRecord_interleavedRecords_returnsOnlyThatRecordUncapped() {
    // given
    List<AuditDraft> drafts = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      drafts.add(aDraft("target"));
      if (i % 10 == 0) {
        drafts.add(aDraft("other"));
        drafts.add(new AuditDraft("household", "target", "household.renamed", List.of(), null));
      }
    }
    List<AuditEntry> all = appendInOwnUnit(drafts);

    // when
    List<AuditEntry> found =
        storage().inTransaction(tx -> tx.audit().forRecord(tenant, "customer", "target"));

    // then
    assertThat(found)
        .hasSize(150)
        .containsExactlyElementsOf(
            all.stream()
                .filter(e -> e.recordType().equals("customer") && e.recordId().equals("target"))
                .toList());
    assertThat(found).isSortedAccordingTo((a, b) -> Long.compare(a.sequence(), b.sequence()));
  }

  @Test
  @DisplayName("append: units racing to append never fork the chain (CONCURRENT_ACCESS)")
  void append_racingUnits_neverForkTheChain() throws Exception {
    // given
    assumeTrue(
        storage().features().contains(StorageFeature.CONCURRENT_ACCESS),
        "skipped: the adapter does not declare CONCURRENT_ACCESS");
    int threads = 8;
    int unitsPerThread = 10;

    // when
    Parallel.run(
        threads,
        thread -> {
          for (int unit = 0; unit < unitsPerThread; unit++) {
            String recordId = "thread-" + thread + "-unit-" + unit;
            storage()
                .inTransactionDo(
                    tx -> {
                      AuditHead head = tx.audit().lockHead(tenant);
                      tx.audit()
                          .append(
                              tenant,
                              given.chain(head, List.of(aDraft(recordId), aDraft(recordId))));
                    });
          }
        });

    // then
    List<AuditEntry> all = readAll();
    assertThat(all).hasSize(threads * unitsPerThread * 2);
    assertThat(verify(all).intact()).isTrue();
    assertThat(all)
        .extracting(AuditEntry::sequence)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, all.size()).boxed().toList());
    for (int i = 0; i < all.size(); i += 2) {
      assertThat(all.get(i + 1).recordId())
          .as("the two entries of one unit are adjacent")
          .isEqualTo(all.get(i).recordId());
    }
    assertThat(all.stream().map(AuditEntry::recordId).distinct().count())
        .isEqualTo(threads * unitsPerThread);
  }

  private void assertRefused(AuditHead fakeHead) {
    assertThatThrownBy(
            () ->
                storage()
                    .inTransactionDo(
                        tx -> {
                          tx.audit().lockHead(tenant);
                          tx.audit().append(tenant, given.chain(fakeHead, List.of(aDraft("c-9"))));
                        }))
        .isInstanceOf(InvalidValueException.class);
    assertThat(readAll()).hasSize(1);
  }

  private List<AuditEntry> appendInOwnUnit(List<AuditDraft> drafts) {
    return storage()
        .inTransaction(
            tx -> {
              List<AuditEntry> entries = given.chain(tx.audit().lockHead(tenant), drafts);
              tx.audit().append(tenant, entries);
              return entries;
            });
  }

  private AuditHead head() {
    return storage().inTransaction(tx -> tx.audit().head(tenant));
  }

  private List<AuditEntry> read(long from, int limit) {
    return storage().inTransaction(tx -> tx.audit().read(tenant, from, limit));
  }

  private List<AuditEntry> readAll() {
    List<AuditEntry> all = new ArrayList<>();
    while (true) {
      List<AuditEntry> page = read(all.size() + 1L, 100);
      all.addAll(page);
      if (page.isEmpty()) {
        return all;
      }
    }
  }

  private ChainVerification verify(List<AuditEntry> entries) {
    return AuditChain.verify(entries.iterator(), head());
  }
}
