package io.rapport.crm.spi;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import java.util.List;

/**
 * The append-only, hash-chained audit log of each tenant. Entries are never updated or deleted
 * through this port. Arguments must not be null.
 */
public interface AuditLog {

  /**
   * The tenant's chain head, locked until the unit of work ends so that concurrent units append in
   * turn and the chain never forks. {@link AuditHead#EMPTY} for a tenant without entries.
   */
  AuditHead lockHead(TenantId tenant);

  /** The tenant's chain head without locking it. */
  AuditHead head(TenantId tenant);

  /**
   * Appends entries that continue the chain from the head this unit of work locked: the first has
   * sequence head + 1, each links to the one before, and the head moves to the last.
   *
   * @throws IllegalStateException if the head was not locked in this unit of work
   * @throws io.rapport.crm.common.InvalidValueException if the entries do not continue the chain
   */
  void append(TenantId tenant, List<AuditEntry> entries);

  /** Up to {@code limit} entries from sequence {@code fromSequence} on, in sequence order. */
  List<AuditEntry> read(TenantId tenant, long fromSequence, int limit);

  /** Every entry about one record, in sequence order; history is never capped. */
  List<AuditEntry> forRecord(TenantId tenant, String recordType, String recordId);

  /**
   * One keyset page of {@link #forRecord(TenantId, String, String)}: the entries about one record
   * with a sequence above {@code afterSequence} (0 for the first page), in sequence order, at most
   * {@code limit}. The next page starts after the last entry's sequence; a page shorter than {@code
   * limit} is the last. The default filters the whole history in memory; adapters read only the
   * page.
   *
   * @throws io.rapport.crm.common.InvalidValueException if {@code recordType} or {@code recordId}
   *     is null, {@code afterSequence} is negative or {@code limit} is below 1
   */
  default List<AuditEntry> forRecord(
      TenantId tenant, String recordType, String recordId, long afterSequence, int limit) {
    checkPage(afterSequence, limit);
    return forRecord(tenant, recordType, recordId).stream()
        .filter(entry -> entry.sequence() > afterSequence)
        .limit(limit)
        .toList();
  }

  /**
   * Checks the bounds of a page of {@link #forRecord(TenantId, String, String, long, int)}.
   *
   * @throws io.rapport.crm.common.InvalidValueException if {@code afterSequence} is negative or
   *     {@code limit} is below 1
   */
  static void checkPage(long afterSequence, int limit) {
    Checks.argument(
        afterSequence >= 0,
        "afterSequence",
        "afterSequence must not be negative but was %s",
        afterSequence);
    Checks.argument(limit >= 1, "limit", "limit must be at least 1 but was %s", limit);
  }
}
