package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One unit of work's view of a {@link Table}: its own writes laid over the committed rows. Writes
 * stay private to the unit until {@link #commit()}; dropping the object rolls them back.
 */
final class TableWrites<K, V> {
  private final Table<K, V> table;
  private final Map<TenantId, Map<K, Optional<V>>> writes = new HashMap<>();

  TableWrites(Table<K, V> table) {
    this.table = table;
  }

  /** The row as this unit sees it, or null. */
  V get(TenantId tenant, K id) {
    Map<K, Optional<V>> own = writes.get(tenant);
    if (own != null && own.containsKey(id)) {
      return own.get(id).orElse(null);
    }
    return table.rowsOf(tenant).get(id);
  }

  /** Whether the row exists as this unit sees it. */
  boolean contains(TenantId tenant, K id) {
    return get(tenant, id) != null;
  }

  /** Inserts or replaces the row in this unit. */
  void put(TenantId tenant, K id, V value) {
    writes.computeIfAbsent(tenant, t -> new LinkedHashMap<>()).put(id, Optional.of(value));
  }

  /** Deletes the row in this unit. */
  void remove(TenantId tenant, K id) {
    writes.computeIfAbsent(tenant, t -> new LinkedHashMap<>()).put(id, Optional.empty());
  }

  /** Every row of the tenant as this unit sees it, in no particular order. */
  List<V> values(TenantId tenant) {
    Map<K, Optional<V>> own = writes.getOrDefault(tenant, Map.of());
    List<V> result = new ArrayList<>();
    for (Map.Entry<K, V> row : table.rowsOf(tenant).entrySet()) {
      if (!own.containsKey(row.getKey())) {
        result.add(row.getValue());
      }
    }
    for (Optional<V> written : own.values()) {
      written.ifPresent(result::add);
    }
    return result;
  }

  /** Publishes this unit's writes to the table. */
  void commit() {
    writes.forEach(
        (tenant, rows) -> rows.forEach((id, value) -> table.apply(tenant, id, value.orElse(null))));
    writes.clear();
  }
}
