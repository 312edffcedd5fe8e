package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.access.RecordFilter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A {@link RecordFilter} as a predicate over the customer table aliased {@code c}: owner and branch
 * IN lists, and NOT EXISTS over the barrier tags in {@code rapport_customer_tag}. The filter runs
 * in the database, so pages stay full and no hidden row reaches the JVM.
 */
final class AccessSql {
  private static final String WALL =
      """
      NOT EXISTS (
          SELECT 1 FROM rapport_customer_tag w
          WHERE w.tenant_id = c.tenant_id AND w.customer_id = c.id AND w.tag IN (%s))""";

  private final RecordFilter filter;
  private final List<EmployeeId> owners;
  private final List<BranchCode> branches;
  private final List<String> excludedTags;

  private AccessSql(RecordFilter filter) {
    this.filter = filter;
    this.owners = sorted(filter.owners(), Comparator.comparing(EmployeeId::toString));
    this.branches = sorted(filter.branches(), Comparator.comparing(BranchCode::toString));
    this.excludedTags = sorted(filter.excludedTags(), Comparator.naturalOrder());
  }

  static AccessSql of(RecordFilter filter) {
    return new AccessSql(Checks.notNull(filter, "filter"));
  }

  private static <T> List<T> sorted(Set<T> values, Comparator<T> order) {
    List<T> list = new ArrayList<>(values);
    list.sort(order);
    return list;
  }

  /** Whether the filter restricts anything; when false, {@link #condition()} is not needed. */
  boolean restricts() {
    return !filter.isUnrestricted();
  }

  /** {@code " AND <condition>"} if the filter restricts, else the empty string. */
  String andCondition() {
    return restricts() ? "\n  AND " + condition() : "";
  }

  /** The SQL condition; binds with {@link #bind}. */
  String condition() {
    List<String> parts = new ArrayList<>();
    if (filter.matchesNothing()) {
      parts.add("1 = 0");
    } else if (!filter.everyRecord()) {
      List<String> scope = new ArrayList<>();
      if (!owners.isEmpty()) {
        scope.add("c.owner_id IN (" + InLists.markers(owners.size()) + ")");
      }
      if (!branches.isEmpty()) {
        scope.add("c.branch_code IN (" + InLists.markers(branches.size()) + ")");
      }
      parts.add("(" + String.join(" OR ", scope) + ")");
    }
    if (!excludedTags.isEmpty()) {
      parts.add(WALL.formatted(InLists.markers(excludedTags.size())));
    }
    return String.join("\n  AND ", parts);
  }

  /** Binds the parameters of {@link #condition()}, if the filter restricts. */
  void bind(Params params) throws SQLException {
    if (!restricts()) {
      return;
    }
    if (!filter.matchesNothing() && !filter.everyRecord()) {
      for (EmployeeId owner : owners) {
        params.id(owner);
      }
      for (BranchCode branch : branches) {
        params.id(branch);
      }
    }
    for (String tag : excludedTags) {
      params.text(tag);
    }
  }
}
