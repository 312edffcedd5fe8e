package io.rapport.crm.party.merge;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A group of customers that are probably one party: the transitive closure of the matching pairs
 * (if A matches B and B matches C, all three are one cluster).
 *
 * @param members at least two ids, ordered by their canonical text
 * @param pairs the matching pairs found between members, at least {@code members.size() - 1}
 */
public record DuplicateCluster(List<CustomerId> members, List<DuplicatePair> pairs) {
  /** Checks sizes. */
  public DuplicateCluster {
    members = Checks.list(members, "members");
    pairs = Checks.list(pairs, "pairs");
    Checks.argument(members.size() >= 2, "members", "a cluster has at least two members");
    Checks.argument(
        pairs.size() >= members.size() - 1, "pairs", "a cluster's pairs must connect its members");
  }

  /** The highest score of its pairs. */
  public int score() {
    return pairs.stream().mapToInt(DuplicatePair::score).max().orElseThrow();
  }

  /** Every reason found between its members. */
  public Set<MatchReason> reasons() {
    Set<MatchReason> reasons = EnumSet.noneOf(MatchReason.class);
    pairs.forEach(pair -> reasons.addAll(pair.reasons()));
    return Set.copyOf(reasons);
  }
}
