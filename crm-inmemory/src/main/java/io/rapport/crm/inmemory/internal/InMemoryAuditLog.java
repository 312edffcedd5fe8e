package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.AuditChain;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.spi.AuditLog;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link AuditLog} over one {@link Unit}. Units run one at a time under the storage lock, so
 * locking a head only records that this unit may append.
 */
final class InMemoryAuditLog implements AuditLog {
  private final Unit unit;

  InMemoryAuditLog(Unit unit) {
    this.unit = unit;
  }

  @Override
  public AuditHead lockHead(TenantId tenant) {
    unit.enter(tenant);
    unit.auditRows.lock(tenant);
    return headOf(tenant);
  }

  @Override
  public AuditHead head(TenantId tenant) {
    unit.enter(tenant);
    return headOf(tenant);
  }

  private AuditHead headOf(TenantId tenant) {
    AuditEntry last = unit.auditRows.last(tenant);
    return last == null ? AuditHead.EMPTY : new AuditHead(last.sequence(), last.hash());
  }

  @Override
  public void append(TenantId tenant, List<AuditEntry> entries) {
    unit.enter(tenant);
    List<AuditEntry> chained = Checks.list(entries, "entries");
    if (!unit.auditRows.isLocked(tenant)) {
      throw new IllegalStateException(
          "Lock the audit head of tenant " + tenant + " in this unit of work before appending");
    }
    AuditChain.continueFrom(tenant, headOf(tenant), chained);
    unit.auditRows.append(tenant, chained);
  }

  @Override
  public List<AuditEntry> read(TenantId tenant, long fromSequence, int limit) {
    unit.enter(tenant);
    Checks.argument(limit >= 1, "limit", "limit must be at least 1 but was %s", limit);
    List<AuditEntry> chain = unit.auditRows.chain(tenant);
    long from = Math.max(fromSequence, unit.auditAnchor(tenant).sequence() + 1);
    if (from > chain.size()) {
      return List.of();
    }
    int start = (int) (from - 1);
    int end = (int) Math.min(chain.size(), (long) start + limit);
    return List.copyOf(chain.subList(start, end));
  }

  @Override
  public List<AuditEntry> forRecord(TenantId tenant, String recordType, String recordId) {
    unit.enter(tenant);
    Checks.notNull(recordType, "recordType");
    Checks.notNull(recordId, "recordId");
    long anchor = unit.auditAnchor(tenant).sequence();
    return unit.auditRows.chain(tenant).stream()
        .filter(entry -> entry.sequence() > anchor)
        .filter(entry -> entry.recordType().equals(recordType))
        .filter(entry -> entry.recordId().equals(recordId))
        .toList();
  }

  @Override
  public List<AuditEntry> forRecord(
      TenantId tenant, String recordType, String recordId, long afterSequence, int limit) {
    unit.enter(tenant);
    Checks.notNull(recordType, "recordType");
    Checks.notNull(recordId, "recordId");
    AuditLog.checkPage(afterSequence, limit);
    List<AuditEntry> chain = unit.auditRows.chain(tenant);
    List<AuditEntry> page = new ArrayList<>();
    for (long index = afterSequence; index < chain.size() && page.size() < limit; index++) {
      AuditEntry entry = chain.get((int) index);
      if (entry.recordType().equals(recordType) && entry.recordId().equals(recordId)) {
        page.add(entry);
      }
    }
    return List.copyOf(page);
  }
}
