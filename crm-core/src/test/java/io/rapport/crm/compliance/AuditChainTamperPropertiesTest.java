package io.rapport.crm.compliance;

import static io.rapport.crm.compliance.AuditFixtures.chain;
import static io.rapport.crm.compliance.AuditFixtures.edit;
import static io.rapport.crm.compliance.AuditFixtures.forge;
import static io.rapport.crm.compliance.AuditFixtures.headOf;
import static io.rapport.crm.compliance.AuditFixtures.verify;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.compliance.AuditFixtures.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random chains, random positions: every kind of tampering is found where it happened. */
class AuditChainTamperPropertiesTest {

  @Property(tries = 50)
  void verify_anyAppendedChain_isIntact(@ForAll("drafts") List<AuditDraft> drafts) {
    // given
    List<AuditEntry> entries = chain(drafts);

    // when
    ChainVerification result = verify(entries, headOf(entries));

    // then
    assertThat(result).isEqualTo(ChainVerification.intact(drafts.size()));
  }

  @Property(tries = 100)
  void verify_anyFieldOfAnyEntryEdited_isReportedAtThatEntry(
      @ForAll("drafts") List<AuditDraft> drafts, @ForAll int positionSeed, @ForAll Field field) {
    // given
    List<AuditEntry> entries = new ArrayList<>(chain(drafts));
    AuditHead head = headOf(entries);
    int position = Math.floorMod(positionSeed, entries.size());
    long sequence = position + 1L;
    entries.set(position, edit(entries.get(position), field));

    // when
    ChainVerification result = verify(entries, head);

    // then
    String expectedProblem =
        switch (field) {
          case SEQUENCE ->
              "expected entry "
                  + sequence
                  + " but found entry "
                  + (sequence + 1000)
                  + " (entry removed or reordered)";
          case PREVIOUS_HASH -> "link to the previous entry is broken";
          default -> "content does not match its hash (entry edited)";
        };
    assertThat(result).isEqualTo(ChainVerification.broken(sequence, sequence, expectedProblem));
  }

  @Property(tries = 100)
  void verify_anyEntryForgedWithRecomputedHash_isReportedAtTheNextLinkOrTheHead(
      @ForAll("drafts") List<AuditDraft> drafts,
      @ForAll int positionSeed,
      @ForAll("contentFields") Field field) {
    // given
    List<AuditEntry> entries = new ArrayList<>(chain(drafts));
    AuditHead head = headOf(entries);
    int position = Math.floorMod(positionSeed, entries.size());
    entries.set(position, forge(entries.get(position), field));
    boolean last = position == entries.size() - 1;

    // when
    ChainVerification result = verify(entries, head);

    // then
    if (last) {
      assertThat(result)
          .isEqualTo(
              ChainVerification.broken(
                  entries.size(),
                  entries.size(),
                  "last entry does not match the stored head (entry edited)"));
    } else {
      assertThat(result)
          .isEqualTo(
              ChainVerification.broken(
                  position + 2L, position + 2L, "link to the previous entry is broken"));
    }
  }

  @Property(tries = 50)
  void verify_anyEntryDeleted_isReportedWhereItIsMissing(
      @ForAll("drafts") List<AuditDraft> drafts, @ForAll int positionSeed) {
    // given
    List<AuditEntry> entries = new ArrayList<>(chain(drafts));
    AuditHead head = headOf(entries);
    int size = entries.size();
    int position = Math.floorMod(positionSeed, size);
    long sequence = position + 1L;
    entries.remove(position);

    // when
    ChainVerification result = verify(entries, head);

    // then
    if (position == size - 1) {
      assertThat(result)
          .isEqualTo(
              ChainVerification.broken(
                  size - 1,
                  size,
                  "chain ends at entry " + (size - 1) + " but the head is entry " + size));
    } else {
      assertThat(result)
          .isEqualTo(
              ChainVerification.broken(
                  sequence,
                  sequence,
                  "expected entry "
                      + sequence
                      + " but found entry "
                      + (sequence + 1)
                      + " (entry removed or reordered)"));
    }
  }

  @Property(tries = 50)
  void verify_anyTwoEntriesSwapped_isReportedAtTheFirstOfThem(
      @ForAll("drafts") List<AuditDraft> drafts, @ForAll int firstSeed, @ForAll int secondSeed) {
    // given
    List<AuditEntry> entries = new ArrayList<>(chain(drafts));
    Assume.that(entries.size() >= 2);
    AuditHead head = headOf(entries);
    int a = Math.floorMod(firstSeed, entries.size());
    int b = Math.floorMod(secondSeed, entries.size());
    Assume.that(a != b);
    int first = Math.min(a, b);
    int second = Math.max(a, b);
    Collections.swap(entries, first, second);

    // when
    ChainVerification result = verify(entries, head);

    // then
    assertThat(result)
        .isEqualTo(
            ChainVerification.broken(
                first + 1L,
                first + 1L,
                "expected entry "
                    + (first + 1)
                    + " but found entry "
                    + (second + 1)
                    + " (entry removed or reordered)"));
  }

  @Property(tries = 50)
  void verify_anyTailTruncated_isReportedAtTheFirstMissingEntry(
      @ForAll("drafts") List<AuditDraft> drafts, @ForAll int keepSeed) {
    // given
    List<AuditEntry> entries = chain(drafts);
    AuditHead head = headOf(entries);
    int keep = Math.floorMod(keepSeed, entries.size());

    // when
    ChainVerification result = verify(entries.subList(0, keep), head);

    // then
    assertThat(result)
        .isEqualTo(
            ChainVerification.broken(
                keep,
                keep + 1L,
                "chain ends at entry " + keep + " but the head is entry " + entries.size()));
  }

  @Provide
  Arbitrary<List<AuditDraft>> drafts() {
    return AuditFixtures.drafts().list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<Field> contentFields() {
    return Arbitraries.of(
        Field.TENANT,
        Field.AT,
        Field.ACTOR_KIND,
        Field.ACTOR_ID,
        Field.RECORD_TYPE,
        Field.RECORD_ID,
        Field.ACTION,
        Field.CHANGES,
        Field.REASON);
  }
}
