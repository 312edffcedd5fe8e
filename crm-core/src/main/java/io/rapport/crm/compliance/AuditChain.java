package io.rapport.crm.compliance;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * Chains audit entries per tenant with SHA-256: each entry's hash covers all its fields and the
 * previous entry's hash, so editing, deleting or reordering an entry breaks every later link.
 * Stateless and thread-safe.
 */
public final class AuditChain {
  /** The "previous hash" of the first entry. */
  public static final String GENESIS_HASH = "0".repeat(64);

  private AuditChain() {}

  /** The entry that follows {@code head}, with its sequence number and hash. */
  public static AuditEntry append(
      TenantId tenant, AuditHead head, Instant at, Actor actor, AuditDraft draft) {
    long sequence = head.sequence() + 1;
    Instant time = at.truncatedTo(ChronoUnit.MICROS);
    String hash =
        hash(
            tenant,
            sequence,
            time,
            actor,
            draft.recordType(),
            draft.recordId(),
            draft.action(),
            draft.changes(),
            draft.reason(),
            head.hash());
    return new AuditEntry(
        tenant,
        sequence,
        time,
        actor,
        draft.recordType(),
        draft.recordId(),
        draft.action(),
        draft.changes(),
        draft.reason(),
        head.hash(),
        hash);
  }

  /**
   * Checks that {@code entries} continue the chain of {@code tenant} whose head is {@code head}:
   * each belongs to the tenant, the first has sequence head + 1 and links to the head's hash, and
   * each later one links to the one before. Storage adapters call it before appending.
   *
   * @return the head after the last entry; {@code head} itself when there are none
   * @throws InvalidValueException naming {@code entries.tenant} or {@code entries} otherwise
   */
  public static AuditHead continueFrom(TenantId tenant, AuditHead head, List<AuditEntry> entries) {
    long sequence = head.sequence();
    String previousHash = head.hash();
    for (AuditEntry entry : entries) {
      Checks.argument(
          entry.tenant().equals(tenant),
          "entries.tenant",
          "audit entry %s belongs to another tenant",
          entry.sequence());
      Checks.argument(
          entry.sequence() == sequence + 1 && entry.previousHash().equals(previousHash),
          "entries",
          "audit entry %s does not continue the chain at entry %s",
          entry.sequence(),
          sequence + 1);
      sequence = entry.sequence();
      previousHash = entry.hash();
    }
    return new AuditHead(sequence, previousHash);
  }

  /** The hash an entry with these values must carry. */
  public static String hashOf(AuditEntry entry) {
    return hash(
        entry.tenant(),
        entry.sequence(),
        entry.at(),
        entry.actor(),
        entry.recordType(),
        entry.recordId(),
        entry.action(),
        entry.changes(),
        entry.reason(),
        entry.previousHash());
  }

  /**
   * Verifies entries read in sequence order from the first, against the stored head. Reports the
   * first sequence number at which an entry was edited (its hash no longer matches its content),
   * removed (a gap), reordered, or where the chain ends before or after the head.
   */
  public static ChainVerification verify(Iterator<AuditEntry> entries, AuditHead head) {
    return verify(entries, head, AuditHead.EMPTY);
  }

  /**
   * Verifies entries read in sequence order from the one after {@code anchor}, against the stored
   * head: like {@link #verify(Iterator, AuditHead)} for a chain whose prefix up to the anchor was
   * removed by retention, the anchor (sequence and hash of the last removed entry) standing in for
   * the genesis.
   */
  public static ChainVerification verify(
      Iterator<AuditEntry> entries, AuditHead head, AuditHead anchor) {
    long expectedSequence = anchor.sequence() + 1;
    String previousHash = anchor.hash();
    long checked = 0;
    while (entries.hasNext()) {
      AuditEntry entry = entries.next();
      checked++;
      if (entry.sequence() != expectedSequence) {
        return ChainVerification.broken(
            checked,
            expectedSequence,
            "expected entry "
                + expectedSequence
                + " but found entry "
                + entry.sequence()
                + " (entry removed or reordered)");
      }
      if (!entry.previousHash().equals(previousHash)) {
        return ChainVerification.broken(
            checked, entry.sequence(), "link to the previous entry is broken");
      }
      if (!hashOf(entry).equals(entry.hash())) {
        return ChainVerification.broken(
            checked, entry.sequence(), "content does not match its hash (entry edited)");
      }
      previousHash = entry.hash();
      expectedSequence++;
    }
    long last = expectedSequence - 1;
    if (last != head.sequence()) {
      return ChainVerification.broken(
          checked,
          Math.min(last, head.sequence()) + 1,
          "chain ends at entry " + last + " but the head is entry " + head.sequence());
    }
    if (!previousHash.equals(head.hash())) {
      return ChainVerification.broken(
          checked, last, "last entry does not match the stored head (entry edited)");
    }
    return ChainVerification.intact(checked);
  }

  private static String hash(
      TenantId tenant,
      long sequence,
      Instant at,
      Actor actor,
      String recordType,
      String recordId,
      String action,
      List<FieldChange> changes,
      String reason,
      String previousHash) {
    StringBuilder canonical = new StringBuilder(256);
    field(canonical, tenant.value());
    field(canonical, Long.toString(sequence));
    field(canonical, at.toString());
    field(canonical, actor.kind().name());
    field(canonical, actor.id());
    field(canonical, recordType);
    field(canonical, recordId);
    field(canonical, action);
    field(canonical, Integer.toString(changes.size()));
    for (FieldChange change : changes) {
      field(canonical, change.field());
      field(canonical, change.oldValue());
      field(canonical, change.newValue());
    }
    field(canonical, reason);
    field(canonical, previousHash);
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** Length-prefixed, so no two different field lists give the same text; null is "-". */
  private static void field(StringBuilder out, String value) {
    if (value == null) {
      out.append("-;");
    } else {
      out.append(value.length()).append(':').append(value).append(';');
    }
  }
}
