package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.CustomerReferences;
import io.rapport.crm.spi.RepointedRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@link CustomerReferences} over one in-memory table whose rows name a customer in one field. A
 * row is described by functions: the customer it names (null: not a customer row), the row moved to
 * another customer (version bumped by the caller's function), its table key, its text key for the
 * merge record, the slot that must be unique per customer (null: none) and the other customer it
 * names, if moving it could make it name the same customer twice.
 */
final class RowReferences<K, V> implements CustomerReferences {
  private final String kind;
  private final Unit unit;
  private final TableWrites<K, V> rows;
  private final Function<V, CustomerId> owner;
  private final BiFunction<V, CustomerId, V> moved;
  private final Function<V, K> tableKey;
  private final Function<V, String> rowKey;
  private final Function<V, Object> slot;
  private final Function<V, CustomerId> otherEnd;

  RowReferences(
      String kind,
      Unit unit,
      TableWrites<K, V> rows,
      Function<V, CustomerId> owner,
      BiFunction<V, CustomerId, V> moved,
      Function<V, K> tableKey,
      Function<V, String> rowKey,
      Function<V, Object> slot,
      Function<V, CustomerId> otherEnd) {
    this.kind = kind;
    this.unit = unit;
    this.rows = rows;
    this.owner = owner;
    this.moved = moved;
    this.tableKey = tableKey;
    this.rowKey = rowKey;
    this.slot = slot;
    this.otherEnd = otherEnd;
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public List<RepointedRow> repoint(TenantId tenant, Collection<CustomerId> from, CustomerId to) {
    unit.enter(tenant);
    List<CustomerId> sources = List.copyOf(new LinkedHashSet<>(Checks.list(from, "from")));
    Checks.notNull(to, "to");
    Set<CustomerId> involved = new HashSet<>(sources);
    involved.add(to);
    Set<Object> taken = new HashSet<>();
    Map<CustomerId, List<V>> bySource = new HashMap<>();
    for (V row : rows.values(tenant)) {
      CustomerId named = owner.apply(row);
      if (to.equals(named)) {
        taken.add(slot.apply(row));
      } else if (named != null && involved.contains(named)) {
        bySource.computeIfAbsent(named, c -> new ArrayList<>()).add(row);
      }
    }
    List<RepointedRow> result = new ArrayList<>();
    for (CustomerId source : sources) {
      List<V> owned = new ArrayList<>(bySource.getOrDefault(source, List.of()));
      owned.sort(Comparator.comparing(rowKey));
      for (V row : owned) {
        Object place = slot.apply(row);
        boolean collides = place != null && !taken.add(place);
        CustomerId other = otherEnd.apply(row);
        if (collides || other != null && involved.contains(other)) {
          continue;
        }
        rows.remove(tenant, tableKey.apply(row));
        V next = moved.apply(row, to);
        rows.put(tenant, tableKey.apply(next), next);
        result.add(new RepointedRow(kind, rowKey.apply(row), source));
      }
    }
    return result;
  }

  @Override
  public void restore(TenantId tenant, CustomerId to, List<RepointedRow> moves) {
    unit.enter(tenant);
    Checks.notNull(to, "to");
    Map<String, V> current = new HashMap<>();
    for (V row : rows.values(tenant)) {
      if (to.equals(owner.apply(row))) {
        current.put(rowKey.apply(row), row);
      }
    }
    for (RepointedRow move : Checks.list(moves, "rows")) {
      V row = move.kind().equals(kind) ? current.remove(move.key()) : null;
      if (row != null) {
        rows.remove(tenant, tableKey.apply(row));
        V back = moved.apply(row, move.from());
        rows.put(tenant, tableKey.apply(back), back);
      }
    }
  }
}
