package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.TenantId;
import java.util.HashMap;
import java.util.Map;

/**
 * The committed rows of one record type, per tenant. Only {@link TableWrites#commit()} changes it,
 * while the storage lock is held; units read it through {@link TableWrites}.
 *
 * @param <K> the id type
 * @param <V> the immutable record type
 */
public final class Table<K, V> {
  private final Map<TenantId, Map<K, V>> rows = new HashMap<>();

  /** The committed rows of {@code tenant}; an empty map for a tenant without rows. */
  Map<K, V> rowsOf(TenantId tenant) {
    return rows.getOrDefault(tenant, Map.of());
  }

  /** Publishes a committed write; a null {@code value} deletes the row. */
  void apply(TenantId tenant, K id, V value) {
    Map<K, V> tenantRows = rows.computeIfAbsent(tenant, t -> new HashMap<>());
    if (value == null) {
      tenantRows.remove(id);
    } else {
      tenantRows.put(id, value);
    }
  }
}
