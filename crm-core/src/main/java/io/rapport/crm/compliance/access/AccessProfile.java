package io.rapport.crm.compliance.access;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.internal.Checks;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Who a caller is for access purposes, as the host knows it (from its identity provider or HR
 * system). Immutable and thread-safe; holds no personal data.
 *
 * @param employee the caller's employee id, matched against customers' owners; null for a process
 *     acting for nobody
 * @param roles the caller's roles, mapped to grants by the {@link AccessPolicy}
 * @param team the employees the caller manages, directly or not (see {@link TeamHierarchy#teamOf})
 * @param branches the branches the caller works for
 * @param territories the territories the caller covers
 * @param sides the information-barrier sides the caller is on
 */
public record AccessProfile(
    EmployeeId employee,
    Set<Role> roles,
    Set<EmployeeId> team,
    Set<BranchCode> branches,
    Set<Territory> territories,
    Set<BarrierSide> sides) {
  /**
   * Copies the sets.
   *
   * @throws io.rapport.crm.common.InvalidValueException if a set or one of its members is null
   */
  public AccessProfile {
    roles = copy(roles, "roles");
    team = copy(team, "team");
    branches = copy(branches, "branches");
    territories = copy(territories, "territories");
    sides = copy(sides, "sides");
  }

  private static <T> Set<T> copy(Set<T> values, String field) {
    return Set.copyOf(Checks.list(Checks.notNull(values, field), field));
  }

  /**
   * An employee with {@code roles}, no team, branch, territory or barrier side yet.
   *
   * @throws io.rapport.crm.common.InvalidValueException if an argument is null
   */
  public static AccessProfile employee(EmployeeId employee, Role... roles) {
    Checks.notNull(employee, "employee");
    return new AccessProfile(employee, Set.of(roles), Set.of(), Set.of(), Set.of(), Set.of());
  }

  /** A trusted back-end process with the {@link Role#SYSTEM} role, acting for no employee. */
  public static AccessProfile system() {
    return new AccessProfile(null, Set.of(Role.SYSTEM), Set.of(), Set.of(), Set.of(), Set.of());
  }

  /** This profile managing {@code members} (added to the team it has). */
  public AccessProfile managing(Collection<EmployeeId> members) {
    return new AccessProfile(
        employee, roles, union(team, members, "team"), branches, territories, sides);
  }

  /** This profile working for {@code more} branches too. */
  public AccessProfile inBranches(BranchCode... more) {
    return new AccessProfile(
        employee, roles, team, union(branches, Set.of(more), "branches"), territories, sides);
  }

  /** This profile covering {@code more} territories too. */
  public AccessProfile inTerritories(Territory... more) {
    return new AccessProfile(
        employee, roles, team, branches, union(territories, Set.of(more), "territories"), sides);
  }

  /** This profile on {@code more} information-barrier sides too. */
  public AccessProfile onSides(BarrierSide... more) {
    return new AccessProfile(
        employee, roles, team, branches, territories, union(sides, Set.of(more), "sides"));
  }

  private static <T> Set<T> union(Set<T> current, Collection<T> more, String field) {
    Set<T> result = new HashSet<>(current);
    result.addAll(Checks.list(Checks.notNull(more, field), field));
    return result;
  }
}
