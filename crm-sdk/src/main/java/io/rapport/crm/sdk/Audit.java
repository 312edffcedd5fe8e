package io.rapport.crm.sdk;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.ChainVerification;
import io.rapport.crm.party.CustomerId;
import java.util.List;

/**
 * Reads the tenant's hash-chained audit log that every SDK change writes to. Entries hold masked
 * values only. A null argument is refused with a {@link CommandValidationException} naming it.
 * Thread-safe.
 */
public interface Audit {

  /**
   * Every audit entry about one record, oldest first. Values sealed for a customer or lead are
   * returned opened; once that person was erased they read as {@code "[erased]"} ({@link
   * io.rapport.crm.compliance.FieldChange#ERASED}). The hashes are those of the stored, sealed
   * entries, which {@link #verify(TenantId)} checks.
   *
   * @param recordType {@code customer}, {@code relationship}, {@code household} or {@code holding}
   * @param recordId the record's id in its canonical text form
   */
  List<AuditEntry> history(Caller caller, String recordType, String recordId);

  /** Every audit entry about a customer (not its relationships or holdings), oldest first. */
  List<AuditEntry> history(Caller caller, CustomerId customer);

  /**
   * Verifies the tenant's chain from the first entry to the head as it was when the call started:
   * reports the first edited, removed or reordered entry. After {@link Retention} removed the
   * oldest entries, the chain is verified from its anchor (the last removed entry's sequence and
   * hash) instead of the first entry. Reads the chain in pages, each in its own short unit of work,
   * so memory use does not grow with the chain's length and writers are not held up; entries
   * appended meanwhile are not checked.
   *
   * @throws io.rapport.crm.spi.StorageException if the storage fails
   */
  ChainVerification verify(TenantId tenant);
}
