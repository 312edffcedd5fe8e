package io.rapport.crm.compliance;

import static io.rapport.crm.compliance.AuditFixtures.TENANT;
import static io.rapport.crm.compliance.AuditFixtures.chainOf;
import static io.rapport.crm.compliance.AuditFixtures.draft;
import static io.rapport.crm.compliance.AuditFixtures.edit;
import static io.rapport.crm.compliance.AuditFixtures.forge;
import static io.rapport.crm.compliance.AuditFixtures.headOf;
import static io.rapport.crm.compliance.AuditFixtures.verify;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.Actor;
import io.rapport.crm.compliance.AuditFixtures.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  @Test
  void append_firstEntry_linksToGenesis() {
    // given
    Instant at = Instant.parse("2024-05-01T09:00:00.123456789Z");

    // when
    AuditEntry entry = AuditChain.append(TENANT, AuditHead.EMPTY, at, Actor.user("rm-1"), draft(1));

    // then
    assertThat(entry.sequence()).isEqualTo(1);
    assertThat(entry.previousHash()).isEqualTo(AuditChain.GENESIS_HASH).hasSize(64);
    assertThat(entry.hash()).matches("[0-9a-f]{64}").isEqualTo(AuditChain.hashOf(entry));
    assertThat(entry.at()).isEqualTo(Instant.parse("2024-05-01T09:00:00.123456Z"));
    assertThat(entry.tenant()).isEqualTo(TENANT);
    assertThat(entry.changes()).isEqualTo(draft(1).changes());
    assertThat(entry.reason()).isEqualTo(draft(1).reason());
  }

  @Test
  void append_next_linksToTheHeadAndCountsOn() {
    // given
    AuditEntry first = chainOf(1).get(0);

    // when
    AuditEntry second =
        AuditChain.append(TENANT, headOf(first), first.at(), Actor.system("job"), draft(2));

    // then
    assertThat(second.sequence()).isEqualTo(2);
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(second.hash()).isNotEqualTo(first.hash());
  }

  @Test
  void verify_appendedChain_isIntact() {
    // given
    List<AuditEntry> entries = chainOf(6);

    // when
    ChainVerification result = verify(entries, headOf(entries));

    // then
    assertThat(result).isEqualTo(ChainVerification.intact(6));
    assertThat(result.intact()).isTrue();
    assertThat(result.brokenAtSequence()).isZero();
    assertThat(result.problem()).isNull();
  }

  @Test
  void verify_emptyChainAndEmptyHead_isIntact() {
    // when / then
    assertThat(verify(List.of(), AuditHead.EMPTY)).isEqualTo(ChainVerification.intact(0));
  }

  @Test
  void verify_editedMiddleEntry_isReportedAtThatEntry() {
    // given
    List<AuditEntry> entries = new ArrayList<>(chainOf(5));
    AuditHead head = headOf(entries);
    entries.set(2, edit(entries.get(2), Field.REASON));

    // when
    ChainVerification result = verify(entries, head);

    // then
    assertThat(result)
        .isEqualTo(
            ChainVerification.broken(3, 3, "content does not match its hash (entry edited)"));
  }

  @Test
  void verify_forgedMiddleEntryWithRecomputedHash_breaksTheNextLink() {
    // given
    List<AuditEntry> entries = new ArrayList<>(chainOf(5));
    AuditHead head = headOf(entries);
    entries.set(1, forge(entries.get(1), Field.CHANGES));

    // when
    ChainVerification result = verify(entries, head);

    // then
    assertThat(result)
        .isEqualTo(ChainVerification.broken(3, 3, "link to the previous entry is broken"));
  }

  @Test
  void verify_deletedEntry_isReportedWhereItIsMissing() {
    // given
    List<AuditEntry> entries = new ArrayList<>(chainOf(5));
    AuditHead head = headOf(entries);
    entries.remove(1);

    // when
    ChainVerification result = verify(entries, head);

    // then
    assertThat(result)
        .isEqualTo(
            ChainVerification.broken(
                2, 2, "expected entry 2 but found entry 3 (entry removed or reordered)"));
  }

  @Test
  void verify_swappedEntries_isReportedAtTheFirstSwappedPosition() {
    // given
    List<AuditEntry> entries = new ArrayList<>(chainOf(5));
    AuditHead head = headOf(entries);
    Collections.swap(entries, 1, 3);

    // when
    ChainVerification result = verify(entries, head);

    // then
    assertThat(result)
        .isEqualTo(
            ChainVerification.broken(
                2, 2, "expected entry 2 but found entry 4 (entry removed or reordered)"));
  }

  @Test
  void verify_truncatedTail_isReportedAtTheFirstMissingEntry() {
    // given
    List<AuditEntry> entries = chainOf(5);
    AuditHead head = headOf(entries);

    // when
    ChainVerification result = verify(entries.subList(0, 3), head);

    // then
    assertThat(result)
        .isEqualTo(ChainVerification.broken(3, 4, "chain ends at entry 3 but the head is entry 5"));
  }

  @Test
  void verify_allEntriesDeleted_isReportedAtTheFirstEntry() {
    // given
    List<AuditEntry> entries = chainOf(3);

    // when
    ChainVerification result = verify(List.of(), headOf(entries));

    // then
    assertThat(result)
        .isEqualTo(ChainVerification.broken(0, 1, "chain ends at entry 0 but the head is entry 3"));
  }

  @Test
  void verify_entriesBeyondTheStoredHead_areReported() {
    // given
    List<AuditEntry> entries = chainOf(4);
    AuditHead staleHead = headOf(entries.get(1));

    // when
    ChainVerification result = verify(entries, staleHead);

    // then
    assertThat(result)
        .isEqualTo(ChainVerification.broken(4, 3, "chain ends at entry 4 but the head is entry 2"));
  }

  @Test
  void verify_editedLastEntry_isReportedAtTheLastEntry() {
    // given
    List<AuditEntry> entries = new ArrayList<>(chainOf(4));
    AuditHead head = headOf(entries);
    entries.set(3, edit(entries.get(3), Field.ACTION));

    // when
    ChainVerification result = verify(entries, head);

    // then
    assertThat(result)
        .isEqualTo(
            ChainVerification.broken(4, 4, "content does not match its hash (entry edited)"));
  }

  @Test
  void verify_forgedLastEntry_doesNotMatchTheHead() {
    // given
    List<AuditEntry> entries = new ArrayList<>(chainOf(4));
    AuditHead head = headOf(entries);
    entries.set(3, forge(entries.get(3), Field.ACTOR_ID));

    // when
    ChainVerification result = verify(entries, head);

    // then
    assertThat(result)
        .isEqualTo(
            ChainVerification.broken(
                4, 4, "last entry does not match the stored head (entry edited)"));
  }

  @Test
  void verify_lastEntryRemovedAndHeadRewound_isIntactOnlyBecauseTheHeadWasRewritten() {
    // given: an attacker who can also rewrite the head can drop the tail; the head must be
    // protected elsewhere, the chain alone cannot tell
    List<AuditEntry> entries = chainOf(4);

    // when
    ChainVerification result = verify(entries.subList(0, 3), headOf(entries.get(2)));

    // then
    assertThat(result.intact()).isTrue();
  }
}
