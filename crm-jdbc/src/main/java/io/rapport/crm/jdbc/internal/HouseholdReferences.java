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
import java.util.Set;

/**
 * Household memberships as {@link CustomerReferences}: a merged record's membership moves to the
 * survivor with the household's primary member (if it was that record) and a new household version,
 * unless the survivor is already a member of the household or both memberships are flagged primary
 * household. One select, then per merged record one member update and one household update.
 */
final class HouseholdReferences implements CustomerReferences {
  static final String KIND = "household-member";
  private static final String SELECT =
      """
      SELECT household_id, customer_id, primary_household FROM rapport_household_member
      WHERE tenant_id = ? AND customer_id IN (%s)""";
  private static final String MOVE_MEMBERS =
      """
      UPDATE rapport_household_member SET customer_id = ?,
        primary_customer_id = CASE WHEN primary_household THEN ? ELSE NULL END
      WHERE tenant_id = ? AND customer_id = ? AND household_id IN (%s)""";
  private static final String MOVE_HOUSEHOLDS =
      """
      UPDATE rapport_household SET version = version + 1,
        primary_member_id = CASE WHEN primary_member_id = ? THEN ? ELSE primary_member_id END
      WHERE tenant_id = ? AND id IN (%s)""";

  private final JdbcUnit unit;

  HouseholdReferences(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public String kind() {
    return KIND;
  }

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
    List<Member> members =
        sql.read(
            "read household members of customers",
            () ->
                sql.query(
                    SELECT.formatted(InLists.markers(involved.size())),
                    p -> {
                      p.id(tenant);
                      for (CustomerId id : involved) {
                        p.id(id);
                      }
                    },
                    r ->
                        new Member(
                            r.getString("household_id"),
                            r.getString("customer_id"),
                            r.getBoolean("primary_household"))));
    Set<String> survivorHouseholds = new HashSet<>();
    boolean survivorHasPrimary = false;
    for (Member member : members) {
      if (member.customer().equals(to.toString())) {
        survivorHouseholds.add(member.household());
        survivorHasPrimary |= member.primary();
      }
    }
    List<RepointedRow> moved = new ArrayList<>();
    Map<CustomerId, List<String>> households = new LinkedHashMap<>();
    for (CustomerId source : sources) {
      List<Member> owned =
          members.stream()
              .filter(m -> m.customer().equals(source.toString()))
              .sorted(Comparator.comparing(Member::household))
              .toList();
      for (Member member : owned) {
        if (survivorHouseholds.contains(member.household())
            || member.primary() && survivorHasPrimary) {
          continue;
        }
        survivorHouseholds.add(member.household());
        survivorHasPrimary |= member.primary();
        moved.add(new RepointedRow(KIND, member.household(), source));
        households.computeIfAbsent(source, s -> new ArrayList<>()).add(member.household());
      }
    }
    move(sql, tenant, households, to, true);
    return moved;
  }

  @Override
  public void restore(TenantId tenant, CustomerId to, List<RepointedRow> rows) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(to, "to");
    Map<CustomerId, List<String>> back = new LinkedHashMap<>();
    for (RepointedRow row : Checks.list(rows, "rows")) {
      if (row.kind().equals(KIND)) {
        back.computeIfAbsent(row.from(), f -> new ArrayList<>()).add(row.key());
      }
    }
    move(sql, tenant, back, to, false);
  }

  private void move(
      Sql sql,
      TenantId tenant,
      Map<CustomerId, List<String>> households,
      CustomerId survivor,
      boolean forward) {
    if (households.isEmpty()) {
      return;
    }
    sql.write(
        "re-point household members",
        true,
        () -> {
          for (Map.Entry<CustomerId, List<String>> entry : households.entrySet()) {
            CustomerId target = forward ? survivor : entry.getKey();
            CustomerId current = forward ? entry.getKey() : survivor;
            for (List<String> ids : InLists.chunks(entry.getValue(), 500)) {
              sql.update(
                  MOVE_MEMBERS.formatted(InLists.markers(ids.size())),
                  p -> {
                    p.id(target).id(target).id(tenant).id(current);
                    for (String id : ids) {
                      p.text(id);
                    }
                  });
              sql.update(
                  MOVE_HOUSEHOLDS.formatted(InLists.markers(ids.size())),
                  p -> {
                    p.id(current).id(target).id(tenant);
                    for (String id : ids) {
                      p.text(id);
                    }
                  });
            }
          }
          return null;
        },
        null);
  }

  private record Member(String household, String customer, boolean primary) {}
}
