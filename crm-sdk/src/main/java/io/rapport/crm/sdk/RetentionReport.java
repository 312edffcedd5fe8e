package io.rapport.crm.sdk;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.RetainedRecordType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one {@link Retention#applyRetention} call did, one outcome per policy applied, in record
 * type order. Holds keys and counts only, never personal data.
 *
 * @param now the instant the run was applied at
 * @param outcomes one per policy
 */
public record RetentionReport(Instant now, List<RetentionOutcome> outcomes) {
  /**
   * Checks presence and copies the outcomes.
   *
   * @throws io.rapport.crm.common.InvalidValueException if a component is null
   */
  public RetentionReport {
    Checks.notNull(now, "now");
    outcomes = Checks.list(outcomes, "outcomes");
  }

  /** The outcome for {@code type}, if a policy for it was applied. */
  public Optional<RetentionOutcome> outcome(RetainedRecordType type) {
    return outcomes.stream().filter(o -> o.type() == type).findFirst();
  }

  /** Records erased, anonymised or deleted, over every type. */
  public long processed() {
    return outcomes.stream().mapToLong(RetentionOutcome::processed).sum();
  }
}
