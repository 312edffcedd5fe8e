package io.rapport.crm.spi;

import io.rapport.crm.common.TenantId;
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
}
