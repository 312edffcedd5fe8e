package io.rapport.crm.compliance.access;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.internal.Checks;
import java.util.Collection;
import java.util.Set;

/**
 * What the policy knows about one customer record: who owns it, which branch serves it and which
 * information-barrier sides it is labelled with. Its territories derive from the branch.
 *
 * @param owner the owning employee; null if nobody owns it
 * @param branch the serving branch; null if none
 * @param sides the barrier sides the record is labelled with
 */
public record RecordFacts(EmployeeId owner, BranchCode branch, Set<BarrierSide> sides) {
  /**
   * Copies the sides.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the sides or one of them is null
   */
  public RecordFacts {
    sides = Set.copyOf(Checks.list(Checks.notNull(sides, "sides"), "sides"));
  }

  /** The facts of a customer with {@code owner}, {@code branch} and {@code tags}. */
  public static RecordFacts of(EmployeeId owner, BranchCode branch, Collection<String> tags) {
    return new RecordFacts(owner, branch, BarrierSide.fromTags(Checks.notNull(tags, "tags")));
  }
}
