package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdId;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.spi.CustomerReferences;
import io.rapport.crm.spi.RepointedRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Household memberships as {@link CustomerReferences}: a membership of a merged record moves to the
 * survivor (with the household's primary member, if it was that record) unless the survivor is
 * already a member of the household, or both are primary-household memberships.
 */
final class HouseholdReferences implements CustomerReferences {
  static final String KIND = "household-member";

  private final Unit unit;

  HouseholdReferences(Unit unit) {
    this.unit = unit;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<RepointedRow> repoint(TenantId tenant, Collection<CustomerId> from, CustomerId to) {
    unit.enter(tenant);
    List<CustomerId> sources = List.copyOf(new LinkedHashSet<>(Checks.list(from, "from")));
    Checks.notNull(to, "to");
    List<Household> households = new ArrayList<>(unit.householdRows.values(tenant));
    households.sort(Comparator.comparing(h -> h.id().toString()));
    boolean survivorHasPrimary =
        households.stream()
            .flatMap(h -> h.members().stream())
            .anyMatch(m -> m.customer().equals(to) && m.primaryHousehold());
    List<RepointedRow> moved = new ArrayList<>();
    for (CustomerId source : sources) {
      for (int i = 0; i < households.size(); i++) {
        Household household = households.get(i);
        HouseholdMember member = memberOf(household, source);
        if (member == null
            || household.hasMember(to)
            || member.primaryHousehold() && survivorHasPrimary) {
          continue;
        }
        survivorHasPrimary |= member.primaryHousehold();
        Household next = replace(household, source, to);
        households.set(i, next);
        unit.householdRows.put(tenant, next.id(), next);
        moved.add(new RepointedRow(KIND, household.id().toString(), source));
      }
    }
    return moved;
  }

  @Override
  public void restore(TenantId tenant, CustomerId to, List<RepointedRow> rows) {
    unit.enter(tenant);
    Checks.notNull(to, "to");
    for (RepointedRow row : Checks.list(rows, "rows")) {
      if (!row.kind().equals(KIND)) {
        continue;
      }
      Household household =
          unit.householdRows.get(tenant, new HouseholdId(UUID.fromString(row.key())));
      if (household != null && household.hasMember(to) && !household.hasMember(row.from())) {
        Household back = replace(household, to, row.from());
        unit.householdRows.put(tenant, back.id(), back);
      }
    }
  }

  private static HouseholdMember memberOf(Household household, CustomerId customer) {
    return household.members().stream()
        .filter(m -> m.customer().equals(customer))
        .findFirst()
        .orElse(null);
  }

  private static Household replace(Household household, CustomerId from, CustomerId to) {
    List<HouseholdMember> members = new ArrayList<>();
    for (HouseholdMember member : household.members()) {
      members.add(
          member.customer().equals(from)
              ? new HouseholdMember(to, member.role(), member.primaryHousehold())
              : member);
    }
    CustomerId primary = household.primaryMember().equals(from) ? to : household.primaryMember();
    return new Household(
        household.id(), household.version() + 1, household.name(), members, primary);
  }
}
