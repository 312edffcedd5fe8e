package io.rapport.crm.sdk.internal;

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
import java.util.List;

/** {@link Audit} over the storage's audit log. Thread-safe. */
public final class DefaultAudit implements Audit {
  /** Entries read per unit of work while verifying. */
  static final int PAGE_SIZE = 500;

  private final CrmStorage storage;
  private final SubjectSealer sealer;

  /** The audit use cases, opening sealed values with {@code sealer}. */
  public DefaultAudit(CrmStorage storage, SubjectSealer sealer) {
    this.storage = storage;
    this.sealer = sealer;
  }

  @Override
  public List<AuditEntry> history(Caller caller, String recordType, String recordId) {
    TenantId tenant = Arguments.notNull("history", caller, "caller").tenant();
    Arguments.notNull("history", recordType, "recordType");
    Arguments.notNull("history", recordId, "recordId");
    return storage.inTransaction(
        unit -> sealer.open(unit, tenant, unit.audit().forRecord(tenant, recordType, recordId)));
  }

  @Override
  public List<AuditEntry> history(Caller caller, CustomerId customer) {
    Arguments.notNull("history", customer, "customer");
    return history(caller, DefaultCustomers.TYPE, customer.toString());
  }

  @Override
  public ChainVerification verify(TenantId tenant) {
    Arguments.notNull("verify", tenant, "tenant");
    AuditHead head = storage.inTransaction(unit -> unit.audit().head(tenant));
    return AuditChain.verify(new ChainReader(storage, tenant, head.sequence(), PAGE_SIZE), head);
  }
}
