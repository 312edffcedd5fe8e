package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditChain;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.ChainVerification;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sdk.Audit;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.internal.validation.Arguments;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.UnitOfWork;
import java.util.List;
import java.util.Optional;

/** {@link Audit} over the storage's audit log. Thread-safe. */
public final class DefaultAudit implements Audit {
  /** Entries read per unit of work while verifying. */
  static final int PAGE_SIZE = 500;

  private final CrmStorage storage;
  private final AccessGuard access;
  private final SubjectSealer sealer;

  /**
   * The audit use cases: histories are shown only of records the caller may read, with sealed
   * values opened by {@code sealer}.
   */
  public DefaultAudit(CrmStorage storage, AccessGuard access, SubjectSealer sealer) {
    this.storage = storage;
    this.access = access;
    this.sealer = sealer;
  }

  @Override
  public List<AuditEntry> history(Caller caller, String recordType, String recordId) {
    TenantId tenant = Arguments.notNull("history", caller, "caller").tenant();
    Arguments.notNull("history", recordType, "recordType");
    Arguments.notNull("history", recordId, "recordId");
    return storage.inTransaction(
        unit ->
            visible(caller, unit, recordType, recordId)
                ? sealer.open(unit, tenant, unit.audit().forRecord(tenant, recordType, recordId))
                : List.of());
  }

  /**
   * A customer's history is shown if the caller may read the customer; the history of other record
   * types only to callers who may read every customer. Otherwise the history is empty, as for a
   * record that never existed.
   */
  private boolean visible(Caller caller, UnitOfWork unit, String recordType, String recordId) {
    if (!access.enforced()) {
      return true;
    }
    if (DefaultCustomers.TYPE.equals(recordType)) {
      Optional<CustomerId> id = parse(recordId);
      return id.isPresent() && access.mayRead(caller, unit, id.get());
    }
    return access.readFilter(caller).isUnrestricted();
  }

  private static Optional<CustomerId> parse(String recordId) {
    try {
      return Optional.of(CustomerId.of(recordId));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  @Override
  public List<AuditEntry> history(Caller caller, CustomerId customer) {
    Arguments.notNull("history", customer, "customer");
    return history(caller, DefaultCustomers.TYPE, customer.toString());
  }

  @Override
  public ChainVerification verify(TenantId tenant) {
    Arguments.notNull("verify", tenant, "tenant");
    AuditHead[] headAndAnchor =
        storage.inTransaction(
            unit ->
                new AuditHead[] {unit.audit().head(tenant), unit.retention().auditAnchor(tenant)});
    AuditHead head = headAndAnchor[0];
    AuditHead anchor = headAndAnchor[1];
    return AuditChain.verify(
        new ChainReader(storage, tenant, anchor.sequence() + 1, head.sequence(), PAGE_SIZE),
        head,
        anchor);
  }
}
