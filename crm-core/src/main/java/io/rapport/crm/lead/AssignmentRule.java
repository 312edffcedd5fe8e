package io.rapport.crm.lead;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule: leads of this branch, segment and product (each null for any) go to this team by this
 * strategy. Rules are tried in order; the first that matches decides.
 */
public record AssignmentRule(
    String name,
    BranchCode branch,
    String segment,
    ProductType product,
    AssignmentStrategy strategy,
    List<Assignee> team) {

  /** Checks presence and that the team is non-empty without repeated members. */
  public AssignmentRule {
    Checks.text(name, "name", 100);
    Checks.optionalText(segment, "segment", 64);
    Checks.notNull(strategy, "strategy");
    team = Checks.list(team, "team");
    Checks.argument(!team.isEmpty(), "team", "team must not be empty");
    Set<Object> seen = new HashSet<>();
    for (Assignee member : team) {
      Checks.argument(seen.add(member.employee()), "team", "team must not repeat a member");
    }
  }

  /** A rule for every lead. */
  public static AssignmentRule everyLead(
      String name, AssignmentStrategy strategy, List<Assignee> team) {
    return new AssignmentRule(name, null, null, null, strategy, team);
  }

  /** Whether the lead's branch, segment and product match. */
  public boolean matches(Lead lead) {
    return (branch == null || branch.equals(lead.branch()))
        && (segment == null || segment.equals(lead.segment()))
        && (product == null || product == lead.interest());
  }
}
