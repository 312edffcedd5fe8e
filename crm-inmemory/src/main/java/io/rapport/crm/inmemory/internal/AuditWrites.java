package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One unit of work's appended audit entries and the tenants whose head it locked. */
final class AuditWrites {
  private final AuditTable table;
  private final Map<TenantId, List<AuditEntry>> appended = new HashMap<>();
  private final Set<TenantId> locked = new HashSet<>();

  AuditWrites(AuditTable table) {
    this.table = table;
  }

  void lock(TenantId tenant) {
    locked.add(tenant);
  }

  boolean isLocked(TenantId tenant) {
    return locked.contains(tenant);
  }

  /** The tenant's whole chain as this unit sees it, in sequence order. */
  List<AuditEntry> chain(TenantId tenant) {
    List<AuditEntry> own = appended.get(tenant);
    if (own == null) {
      return table.chainOf(tenant);
    }
    List<AuditEntry> all = new ArrayList<>(table.chainOf(tenant));
    all.addAll(own);
    return all;
  }

  /** The last entry as this unit sees it, or null for an empty chain. */
  AuditEntry last(TenantId tenant) {
    List<AuditEntry> own = appended.get(tenant);
    if (own != null && !own.isEmpty()) {
      return own.get(own.size() - 1);
    }
    List<AuditEntry> committed = table.chainOf(tenant);
    return committed.isEmpty() ? null : committed.get(committed.size() - 1);
  }

  void append(TenantId tenant, List<AuditEntry> entries) {
    appended.computeIfAbsent(tenant, t -> new ArrayList<>()).addAll(entries);
  }

  void commit() {
    appended.forEach(table::apply);
    appended.clear();
  }
}
