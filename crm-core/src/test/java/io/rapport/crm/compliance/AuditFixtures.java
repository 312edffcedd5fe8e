package io.rapport.crm.compliance;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Builds audit chains and tampers with them, field by field. */
final class AuditFixtures {
  static final TenantId TENANT = TenantId.of("bank-1");
  static final Instant T0 = Instant.parse("2024-05-01T09:00:00.123456Z");

  private AuditFixtures() {}

  /** The fields of an audit entry an attacker could edit. */
  enum Field {
    TENANT,
    SEQUENCE,
    AT,
    ACTOR_KIND,
    ACTOR_ID,
    RECORD_TYPE,
    RECORD_ID,
    ACTION,
    CHANGES,
    REASON,
    PREVIOUS_HASH,
    HASH
  }

  static AuditDraft draft(int n) {
    return new AuditDraft(
        "customer",
        "0190a4b2-7c1e-7000-8000-" + String.format("%012d", n),
        "customer.updated",
        List.of(new FieldChange("status", "PROSPECT", "ACTIVE")),
        n % 2 == 0 ? null : "customer request " + n);
  }

  /** A chain of {@code drafts}, appended one after the other from the empty head. */
  static List<AuditEntry> chain(List<AuditDraft> drafts) {
    List<AuditEntry> entries = new ArrayList<>();
    AuditHead head = AuditHead.EMPTY;
    for (int i = 0; i < drafts.size(); i++) {
      AuditEntry entry =
          AuditChain.append(TENANT, head, T0.plusSeconds(i), Actor.user("rm-" + i), drafts.get(i));
      entries.add(entry);
      head = headOf(entry);
    }
    return entries;
  }

  static List<AuditEntry> chainOf(int length) {
    List<AuditDraft> drafts = new ArrayList<>();
    for (int i = 1; i <= length; i++) {
      drafts.add(draft(i));
    }
    return chain(drafts);
  }

  static AuditHead headOf(AuditEntry entry) {
    return new AuditHead(entry.sequence(), entry.hash());
  }

  static AuditHead headOf(List<AuditEntry> entries) {
    return entries.isEmpty() ? AuditHead.EMPTY : headOf(entries.get(entries.size() - 1));
  }

  static ChainVerification verify(List<AuditEntry> entries, AuditHead head) {
    return AuditChain.verify(entries.iterator(), head);
  }

  /** {@code entry} with {@code field} changed to a different value; the hash is left as it was. */
  static AuditEntry edit(AuditEntry entry, Field field) {
    EntryEditor e = new EntryEditor(entry);
    switch (field) {
      case TENANT -> e.tenant = TenantId.of(entry.tenant().value() + "x");
      case SEQUENCE -> e.sequence = entry.sequence() + 1000;
      case AT -> e.at = entry.at().plusNanos(1000);
      case ACTOR_KIND ->
          e.actor =
              new Actor(
                  Actor.Kind.values()[
                      (entry.actor().kind().ordinal() + 1) % Actor.Kind.values().length],
                  entry.actor().id());
      case ACTOR_ID -> e.actor = new Actor(entry.actor().kind(), entry.actor().id() + "x");
      case RECORD_TYPE -> e.recordType = entry.recordType() + "x";
      case RECORD_ID -> e.recordId = entry.recordId() + "x";
      case ACTION -> e.action = entry.action() + "x";
      case CHANGES -> e.changes = editedChanges(entry.changes());
      case REASON -> e.reason = entry.reason() == null ? "edited" : null;
      case PREVIOUS_HASH -> e.previousHash = flipFirst(entry.previousHash());
      case HASH -> e.hash = flipFirst(entry.hash());
    }
    return e.build();
  }

  /** {@code entry} with {@code field} changed and a hash recomputed to match the forged content. */
  static AuditEntry forge(AuditEntry entry, Field field) {
    AuditEntry edited = edit(entry, field);
    EntryEditor e = new EntryEditor(edited);
    e.hash = AuditChain.hashOf(edited);
    return e.build();
  }

  private static List<FieldChange> editedChanges(List<FieldChange> changes) {
    if (changes.isEmpty()) {
      return List.of(new FieldChange("injected", null, "x"));
    }
    List<FieldChange> edited = new ArrayList<>(changes);
    FieldChange first = changes.get(0);
    edited.set(
        0,
        new FieldChange(
            first.field(),
            first.oldValue(),
            first.newValue() == null ? "x" : first.newValue() + "x"));
    return edited;
  }

  private static String flipFirst(String hash) {
    return (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1);
  }

  static Arbitrary<AuditDraft> drafts() {
    Arbitrary<String> word =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(20);
    Arbitrary<String> anyText =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withCharRange('à', 'ÿ')
            .ofMinLength(0)
            .ofMaxLength(30);
    Arbitrary<FieldChange> change =
        Combinators.combine(word, anyText.injectNull(0.3), anyText.injectNull(0.3))
            .as(FieldChange::new);
    return Combinators.combine(
            Arbitraries.of("customer", "household", "holding", "consent"),
            word,
            Arbitraries.of("created", "updated", "status-changed", "erased"),
            change.list().ofMaxSize(4),
            word.injectNull(0.5))
        .as(AuditDraft::new);
  }

  private static final class EntryEditor {
    TenantId tenant;
    long sequence;
    Instant at;
    Actor actor;
    String recordType;
    String recordId;
    String action;
    List<FieldChange> changes;
    String reason;
    String previousHash;
    String hash;

    EntryEditor(AuditEntry entry) {
      tenant = entry.tenant();
      sequence = entry.sequence();
      at = entry.at();
      actor = entry.actor();
      recordType = entry.recordType();
      recordId = entry.recordId();
      action = entry.action();
      changes = entry.changes();
      reason = entry.reason();
      previousHash = entry.previousHash();
      hash = entry.hash();
    }

    AuditEntry build() {
      return new AuditEntry(
          tenant,
          sequence,
          at,
          actor,
          recordType,
          recordId,
          action,
          changes,
          reason,
          previousHash,
          hash);
    }
  }
}
