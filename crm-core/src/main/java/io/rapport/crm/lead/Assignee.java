package io.rapport.crm.lead;

import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.internal.Checks;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member of an assignment team.
 *
 * @param weight share for {@link AssignmentStrategy#WEIGHTED}, 1..1000
 * @param skills lower-cased labels, e.g. {@code mortgage}, {@code private-banking}
 * @param capacity most open leads for {@link AssignmentStrategy#WORKLOAD}, at least 1
 */
public record Assignee(EmployeeId employee, int weight, Set<String> skills, int capacity) {
  /** Checks ranges; lower-cases the skills. */
  public Assignee {
    Checks.notNull(employee, "employee");
    Checks.argument(weight >= 1 && weight <= 1000, "weight", "weight must be 1..1000");
    skills =
        Set.copyOf(Checks.list(skills, "skills")).stream()
            .map(skill -> skill.strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    Checks.argument(capacity >= 1, "capacity", "capacity must be at least 1");
  }

  /** A member with weight 1, no skills and no practical capacity limit. */
  public static Assignee of(EmployeeId employee) {
    return new Assignee(employee, 1, Set.of(), Integer.MAX_VALUE);
  }

  /** This member with the weight. */
  public Assignee weighted(int value) {
    return new Assignee(employee, value, skills, capacity);
  }

  /** This member with the skills. */
  public Assignee skilled(String... values) {
    return new Assignee(employee, weight, Set.of(values), capacity);
  }

  /** This member with the capacity. */
  public Assignee capacity(int value) {
    return new Assignee(employee, weight, skills, value);
  }
}
