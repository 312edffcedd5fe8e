package io.rapport.crm.compliance.access;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.internal.Checks;
import java.util.Set;

/**
 * The customer records one caller may see, as plain data that storage adapters translate into
 * predicates of their queries: a record matches when it is in scope ({@code everyRecord}, or its
 * owner is in {@code owners}, or its branch is in {@code branches}) and it is labelled with none of
 * {@code excludedSides}. In SQL: {@code (owner_id IN (..) OR branch_code IN (..)) AND NOT EXISTS (a
 * tag row of the excluded sides)}.
 *
 * @param everyRecord whether every record is in scope
 * @param owners the owners whose records are in scope
 * @param branches the branches whose records are in scope
 * @param excludedSides the barrier sides whose records are never matched
 */
public record RecordFilter(
    boolean everyRecord,
    Set<EmployeeId> owners,
    Set<BranchCode> branches,
    Set<BarrierSide> excludedSides) {
  private static final RecordFilter UNRESTRICTED =
      new RecordFilter(true, Set.of(), Set.of(), Set.of());
  private static final RecordFilter NOTHING = new RecordFilter(false, Set.of(), Set.of(), Set.of());

  /**
   * Copies the sets.
   *
   * @throws io.rapport.crm.common.InvalidValueException if a set or one of its members is null
   */
  public RecordFilter {
    owners = Set.copyOf(Checks.list(Checks.notNull(owners, "owners"), "owners"));
    branches = Set.copyOf(Checks.list(Checks.notNull(branches, "branches"), "branches"));
    excludedSides =
        Set.copyOf(Checks.list(Checks.notNull(excludedSides, "excludedSides"), "excludedSides"));
  }

  /** Every record: what storage returns without an access policy. */
  public static RecordFilter unrestricted() {
    return UNRESTRICTED;
  }

  /** No record at all. */
  public static RecordFilter nothing() {
    return NOTHING;
  }

  /** Whether every record matches, so no predicate is needed. */
  public boolean isUnrestricted() {
    return everyRecord && excludedSides.isEmpty();
  }

  /** Whether no record can match, so no query is needed. */
  public boolean matchesNothing() {
    return !everyRecord && owners.isEmpty() && branches.isEmpty();
  }

  /** The barrier-side tags a matching record must not carry. */
  public Set<String> excludedTags() {
    return Set.copyOf(excludedSides.stream().map(BarrierSide::tag).toList());
  }

  /** Whether the record with {@code facts} matches. */
  public boolean matches(RecordFacts facts) {
    Checks.notNull(facts, "facts");
    boolean inScope =
        everyRecord
            || (facts.owner() != null && owners.contains(facts.owner()))
            || (facts.branch() != null && branches.contains(facts.branch()));
    return inScope && facts.sides().stream().noneMatch(excludedSides::contains);
  }
}
