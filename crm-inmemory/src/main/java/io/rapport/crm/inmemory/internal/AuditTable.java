package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The committed audit chains, one list per tenant where entry {@code n} sits at index {@code n -
 * 1}. Only changed by {@link AuditWrites#commit()} while the storage lock is held.
 */
public final class AuditTable {
  private final Map<TenantId, List<AuditEntry>> chains = new HashMap<>();

  List<AuditEntry> chainOf(TenantId tenant) {
    return chains.getOrDefault(tenant, List.of());
  }

  void apply(TenantId tenant, List<AuditEntry> entries) {
    chains.computeIfAbsent(tenant, t -> new ArrayList<>()).addAll(entries);
  }
}
