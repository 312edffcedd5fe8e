package io.rapport.crm.pipeline;

import io.rapport.crm.common.internal.Checks;

/**
 * The result of a lifecycle change: the opportunity after it (at the same version; the repository
 * stores version + 1) and the stage-history entry recording it (at that next version).
 */
public record Transition<T extends Opportunity>(T opportunity, StageChange change) {
  /** Checks presence. */
  public Transition {
    Checks.notNull(opportunity, "opportunity");
    Checks.notNull(change, "change");
  }
}
