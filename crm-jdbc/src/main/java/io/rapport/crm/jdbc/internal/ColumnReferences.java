package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.CustomerReferences;
import io.rapport.crm.spi.RepointedRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@link CustomerReferences} over one customer column of one table, set-based: one select of the
 * rows naming the survivor or a merged record, then per merged record and group one update of all
 * its movable rows ({@code key IN (...)}, in chunks). A row's key is one column, or two (a group
 * column, such as the event type, and a key column); its text is {@code group:key}.
 *
 * @param kind the kind of row
 * @param table the table
 * @param customerColumn the column naming the customer
 * @param groupColumn the first key column of a two-column key, or null
 * @param keyColumn the (last) key column
 * @param slotColumn a column whose value the survivor may hold only once (null: none)
 * @param otherEndColumn the column naming the other customer of a relationship (null: none)
 * @param versioned whether the row has a version to bump
 * @param filter an extra condition on the rows, e.g. {@code subject_kind = 'CUSTOMER'}, or null
 */
record ColumnReferences(
    JdbcUnit unit,
    String kind,
    String table,
    String customerColumn,
    String groupColumn,
    String keyColumn,
    String slotColumn,
    String otherEndColumn,
    boolean versioned,
    String filter)
    implements CustomerReferences {
  private static final int CHUNK = 500;

  @Override
  public List<RepointedRow> repoint(TenantId tenant, Collection<CustomerId> from, CustomerId to) {
    Sql sql = unit.enter(tenant);
    List<CustomerId> sources = List.copyOf(new LinkedHashSet<>(Checks.list(from, "from")));
    Checks.notNull(to, "to");
    if (sources.isEmpty()) {
      return List.of();
    }
    List<CustomerId> involved = new ArrayList<>(sources);
    involved.add(to);
    Set<String> involvedText = new HashSet<>();
    involved.forEach(id -> involvedText.add(id.toString()));
    List<Row> rows =
        sql.read(
            "read rows naming customers",
            () ->
                sql.query(
                    select(involved.size()),
                    p -> {
                      p.id(tenant);
                      for (CustomerId id : involved) {
                        p.id(id);
                      }
                    },
                    r ->
                        new Row(
                            r.getString(customerColumn),
                            groupColumn == null ? null : r.getString(groupColumn),
                            r.getString(keyColumn),
                            slotColumn == null ? null : r.getString(slotColumn),
                            otherEndColumn == null ? null : r.getString(otherEndColumn))));
    Set<String> taken = new HashSet<>();
    rows.stream().filter(r -> r.customer().equals(to.toString())).forEach(r -> taken.add(r.slot()));
    List<RepointedRow> moved = new ArrayList<>();
    Map<CustomerId, Map<String, List<String>>> updates = new LinkedHashMap<>();
    for (CustomerId source : sources) {
      List<Row> owned =
          rows.stream()
              .filter(r -> r.customer().equals(source.toString()))
              .sorted(Comparator.comparing(Row::text))
              .toList();
      for (Row row : owned) {
        boolean collides = row.slot() != null && !taken.add(row.slot());
        if (collides || row.other() != null && involvedText.contains(row.other())) {
          continue;
        }
        moved.add(new RepointedRow(kind, row.text(), source));
        updates
            .computeIfAbsent(source, s -> new LinkedHashMap<>())
            .computeIfAbsent(row.group() == null ? "" : row.group(), g -> new ArrayList<>())
            .add(row.key());
      }
    }
    move(sql, tenant, updates, to, true);
    return moved;
  }

  @Override
  public void restore(TenantId tenant, CustomerId to, List<RepointedRow> rows) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(to, "to");
    Map<CustomerId, Map<String, List<String>>> back = new LinkedHashMap<>();
    for (RepointedRow row : Checks.list(rows, "rows")) {
      if (!row.kind().equals(kind)) {
        continue;
      }
      String group = "";
      String key = row.key();
      if (groupColumn != null) {
        int colon = key.indexOf(':');
        group = key.substring(0, colon);
        key = key.substring(colon + 1);
      }
      back.computeIfAbsent(row.from(), f -> new LinkedHashMap<>())
          .computeIfAbsent(group, g -> new ArrayList<>())
          .add(key);
    }
    move(sql, tenant, back, to, false);
  }

  /**
   * Forward: rows of each map key (a merged record) move to {@code survivor}. Backward: rows of
   * {@code survivor} move to each map key.
   */
  private void move(
      Sql sql,
      TenantId tenant,
      Map<CustomerId, Map<String, List<String>>> rows,
      CustomerId survivor,
      boolean forward) {
    if (rows.isEmpty()) {
      return;
    }
    sql.write(
        "re-point rows naming customers",
        true,
        () -> {
          for (Map.Entry<CustomerId, Map<String, List<String>>> entry : rows.entrySet()) {
            CustomerId target = forward ? survivor : entry.getKey();
            CustomerId current = forward ? entry.getKey() : survivor;
            for (Map.Entry<String, List<String>> group : entry.getValue().entrySet()) {
              for (List<String> keys : InLists.chunks(group.getValue(), CHUNK)) {
                sql.update(
                    update(keys.size()),
                    p -> {
                      p.id(target).id(tenant).id(current);
                      if (groupColumn != null) {
                        p.text(group.getKey());
                      }
                      for (String key : keys) {
                        p.text(key);
                      }
                    });
              }
            }
          }
          return null;
        },
        null);
  }

  private String select(int customers) {
    return "SELECT "
        + String.join(
            ", ",
            new LinkedHashSet<>(
                Stream.of(customerColumn, groupColumn, keyColumn, slotColumn, otherEndColumn)
                    .filter(Objects::nonNull)
                    .toList()))
        + " FROM "
        + table
        + " WHERE tenant_id = ? AND "
        + customerColumn
        + " IN ("
        + InLists.markers(customers)
        + ")"
        + (filter == null ? "" : " AND " + filter);
  }

  private String update(int keys) {
    return "UPDATE "
        + table
        + " SET "
        + customerColumn
        + " = ?"
        + (versioned ? ", version = version + 1" : "")
        + " WHERE tenant_id = ? AND "
        + customerColumn
        + " = ?"
        + (groupColumn == null ? "" : " AND " + groupColumn + " = ?")
        + " AND "
        + keyColumn
        + " IN ("
        + InLists.markers(keys)
        + ")"
        + (filter == null ? "" : " AND " + filter);
  }

  /** One row naming a customer of the merge. */
  private record Row(String customer, String group, String key, String slot, String other) {
    String text() {
      return group == null ? key : group + ":" + key;
    }
  }
}
