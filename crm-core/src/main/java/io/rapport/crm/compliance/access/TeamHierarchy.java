package io.rapport.crm.compliance.access;

import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.internal.Checks;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who reports to whom, as known by the host: used to resolve the {@link AccessProfile#team() team}
 * of a manager, transitively. Immutable; cycles in the data are tolerated.
 */
public final class TeamHierarchy {
  private static final TeamHierarchy EMPTY = new TeamHierarchy(Map.of());
  private final Map<EmployeeId, Set<EmployeeId>> directReports;

  private TeamHierarchy(Map<EmployeeId, Set<EmployeeId>> directReports) {
    this.directReports = directReports;
  }

  /** A hierarchy where nobody reports to anybody. */
  public static TeamHierarchy empty() {
    return EMPTY;
  }

  /**
   * This hierarchy with {@code employee} reporting to {@code manager}.
   *
   * @throws io.rapport.crm.common.InvalidValueException if an argument is null or both are the same
   *     employee
   */
  public TeamHierarchy reportsTo(EmployeeId employee, EmployeeId manager) {
    Checks.notNull(employee, "employee");
    Checks.notNull(manager, "manager");
    Checks.argument(!employee.equals(manager), "manager", "an employee cannot manage themselves");
    Map<EmployeeId, Set<EmployeeId>> next = new HashMap<>(directReports);
    Set<EmployeeId> reports = new HashSet<>(next.getOrDefault(manager, Set.of()));
    reports.add(employee);
    next.put(manager, Set.copyOf(reports));
    return new TeamHierarchy(Map.copyOf(next));
  }

  /** Everyone reporting to {@code manager} directly or indirectly; never {@code manager}. */
  public Set<EmployeeId> teamOf(EmployeeId manager) {
    Checks.notNull(manager, "manager");
    Set<EmployeeId> team = new HashSet<>();
    Deque<EmployeeId> open = new ArrayDeque<>(directReports.getOrDefault(manager, Set.of()));
    while (!open.isEmpty()) {
      EmployeeId next = open.pop();
      if (!next.equals(manager) && team.add(next)) {
        open.addAll(directReports.getOrDefault(next, Set.of()));
      }
    }
    return Set.copyOf(team);
  }
}
