package io.rapport.crm.campaign;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.ConsentReason;
import java.util.Map;

/**
 * The outcome of a launch: how many customers the target selected, how many became members, and how
 * many were dropped per consent reason ({@code candidates = members + Σ excluded}).
 *
 * @param excluded dropped candidates per reason; reasons with no one dropped are absent
 */
public record LaunchResult(long candidates, long members, Map<ConsentReason, Long> excluded) {
  /** Checks that the counts add up. */
  public LaunchResult {
    Checks.notNull(excluded, "excluded");
    excluded = Map.copyOf(excluded);
    long dropped = excluded.values().stream().mapToLong(Long::longValue).sum();
    Checks.argument(
        candidates == members + dropped,
        "candidates",
        "candidates %s must equal members %s plus excluded %s",
        candidates,
        members,
        dropped);
  }

  /** How many were dropped for {@code reason}. */
  public long excludedFor(ConsentReason reason) {
    return excluded.getOrDefault(reason, 0L);
  }
}
