package io.rapport.crm.compliance;

import static io.rapport.crm.compliance.AuditFixtures.chainOf;
import static io.rapport.crm.compliance.AuditFixtures.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditFixtures.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditHashTest {

  @Test
  void hashOf_sameEntry_isDeterministic() {
    // given
    AuditEntry entry = chainOf(3).get(2);
    AuditEntry rebuilt = chainOf(3).get(2);

    // when / then
    assertThat(AuditChain.hashOf(entry))
        .isEqualTo(AuditChain.hashOf(entry))
        .isEqualTo(entry.hash());
    assertThat(rebuilt).isEqualTo(entry);
  }

  @ParameterizedTest
  @EnumSource(value = Field.class, names = "HASH", mode = EnumSource.Mode.EXCLUDE)
  void hashOf_anyFieldChanged_changesTheHash(Field field) {
    // given
    AuditEntry entry = chainOf(2).get(1);

    // when
    String edited = AuditChain.hashOf(edit(entry, field));

    // then
    assertThat(edited).isNotEqualTo(entry.hash()).matches("[0-9a-f]{64}");
  }

  @Test
  void hashOf_ignoresTheStoredHashItself() {
    // given
    AuditEntry entry = chainOf(1).get(0);

    // when / then
    assertThat(AuditChain.hashOf(edit(entry, Field.HASH))).isEqualTo(entry.hash());
  }

  @Test
  void hashOf_allFieldEdits_giveDistinctHashes() {
    // given
    AuditEntry entry = chainOf(2).get(1);
    Set<String> hashes = new HashSet<>();
    hashes.add(entry.hash());

    // when
    for (Field field : EnumSet.complementOf(EnumSet.of(Field.HASH))) {
      hashes.add(AuditChain.hashOf(edit(entry, field)));
    }

    // then
    assertThat(hashes).hasSize(Field.values().length);
  }

  @Test
  void hashOf_fieldBoundariesAndNulls_areUnambiguous() {
    // given: values that would collide under naive concatenation
    List<List<FieldChange>> changeLists =
        List.of(
            List.of(),
            List.of(new FieldChange("ab", "c", null)),
            List.of(new FieldChange("a", "bc", null)),
            List.of(new FieldChange("a", "b", "c")),
            List.of(new FieldChange("a", null, "")),
            List.of(new FieldChange("a", "", null)),
            List.of(new FieldChange("a", "-", null)),
            List.of(new FieldChange("a", null, null)),
            List.of(new FieldChange("a", null, null), new FieldChange("b", null, null)),
            List.of(new FieldChange("b", null, null), new FieldChange("a", null, null)));
    List<String> reasons = Arrays.asList(null, "-", "1:-;", "x");
    List<String> hashes = new ArrayList<>();

    // when
    for (List<FieldChange> changes : changeLists) {
      for (String reason : reasons) {
        hashes.add(hash(changes, reason));
      }
    }

    // then
    assertThat(hashes).doesNotHaveDuplicates().hasSize(changeLists.size() * reasons.size());
  }

  @Test
  void hashOf_tenantIsPartOfTheHash() {
    // given
    AuditDraft draft = AuditFixtures.draft(1);
    Instant at = AuditFixtures.T0;

    // when
    AuditEntry a = AuditChain.append(TenantId.of("a"), AuditHead.EMPTY, at, Actor.user("u"), draft);
    AuditEntry b = AuditChain.append(TenantId.of("b"), AuditHead.EMPTY, at, Actor.user("u"), draft);

    // then
    assertThat(a.hash()).isNotEqualTo(b.hash());
  }

  @Test
  void values_invalidParts_areRefusedNamingTheField() {
    // when / then
    assertThatThrownBy(() -> new AuditDraft(" ", "1", "a", List.of(), null))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("recordType"))
        .hasMessage("recordType must not be blank");
    assertThatThrownBy(() -> new AuditDraft("t", "1", "a", List.of(), "r".repeat(2001)))
        .hasMessage("reason must have at most 2000 characters");
    assertThatThrownBy(() -> new AuditDraft("t", "1", "a", Arrays.asList((FieldChange) null), null))
        .hasMessage("changes must not contain null elements");
    assertThatThrownBy(() -> new FieldChange("", null, null)).hasMessage("field must not be blank");
    assertThatThrownBy(() -> new AuditHead(-1, AuditChain.GENESIS_HASH))
        .hasMessage("sequence must not be negative");
    AuditEntry entry = chainOf(1).get(0);
    assertThatThrownBy(
            () ->
                new AuditEntry(
                    entry.tenant(),
                    0,
                    entry.at(),
                    entry.actor(),
                    entry.recordType(),
                    entry.recordId(),
                    entry.action(),
                    entry.changes(),
                    entry.reason(),
                    entry.previousHash(),
                    entry.hash()))
        .hasMessage("sequence must be at least 1");
  }

  private static String hash(List<FieldChange> changes, String reason) {
    AuditDraft draft = new AuditDraft("customer", "c-1", "customer.updated", changes, reason);
    return AuditChain.append(
            AuditFixtures.TENANT, AuditHead.EMPTY, AuditFixtures.T0, Actor.user("u"), draft)
        .hash();
  }
}
