package io.rapport.crm.party.merge;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.util.EnumSet;
import java.util.Set;

/**
 * Two customers that are probably the same party, the lower id first, with the score of the
 * strongest reason and every reason that holds.
 *
 * @param score 1 to 100; 100 for a shared e-mail or government id
 * @param reasons at least one
 */
public record DuplicatePair(
    CustomerId left, CustomerId right, int score, Set<MatchReason> reasons) {
  /** Checks order, range and reasons. */
  public DuplicatePair {
    Checks.notNull(left, "left");
    Checks.notNull(right, "right");
    Checks.argument(
        left.toString().compareTo(right.toString()) < 0, "right", "left must sort before right");
    Checks.argument(score >= 1 && score <= 100, "score", "score must be 1..100 but was %s", score);
    Checks.notNull(reasons, "reasons");
    Checks.argument(!reasons.isEmpty(), "reasons", "reasons must not be empty");
    reasons = Set.copyOf(EnumSet.copyOf(reasons));
  }
}
