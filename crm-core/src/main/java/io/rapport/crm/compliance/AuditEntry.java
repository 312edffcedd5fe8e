package io.rapport.crm.compliance;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One entry of a tenant's audit chain: who did what to which record when, the changed fields
 * (personal data masked), an optional reason, and the hash linking it to the previous entry.
 * Sequence numbers start at 1 and have no gaps.
 */
public record AuditEntry(
    TenantId tenant,
    long sequence,
    Instant at,
    Actor actor,
    String recordType,
    String recordId,
    String action,
    List<FieldChange> changes,
    String reason,
    String previousHash,
    String hash) {

  /** Checks presence; truncates the time to microseconds. */
  public AuditEntry {
    Checks.notNull(tenant, "tenant");
    Checks.argument(sequence >= 1, "sequence", "sequence must be at least 1");
    Checks.notNull(at, "at");
    at = at.truncatedTo(ChronoUnit.MICROS);
    Checks.notNull(actor, "actor");
    Checks.text(recordType, "recordType", 50);
    Checks.text(recordId, "recordId", 100);
    Checks.text(action, "action", 100);
    changes = Checks.list(changes, "changes");
    Checks.optionalText(reason, "reason", 2000);
    Checks.notNull(previousHash, "previousHash");
    Checks.notNull(hash, "hash");
  }
}
