package io.rapport.crm.pipeline;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One entry of an opportunity's stage history: what happened, when and by whom, the stage before
 * and after, and the amount and probability at that moment. The analytics read these entries.
 *
 * @param opportunityVersion the opportunity's version after the change; orders the history
 * @param fromStage the stage left; null for {@link StageChangeKind#OPENED}
 * @param toPosition the 0-based position of {@code toStage} in the opportunity's definition
 * @param lostReason the reason code for {@link StageChangeKind#LOST}, else null
 * @param secondsInFromStage how long the opportunity was in {@code fromStage} (0 when opened)
 */
public record StageChange(
    OpportunityId opportunity,
    long opportunityVersion,
    PipelineId pipeline,
    StageChangeKind kind,
    String fromStage,
    String toStage,
    int toPosition,
    StageKind toKind,
    Instant at,
    Actor actor,
    Money amount,
    Probability probability,
    String lostReason,
    long secondsInFromStage) {

  /** Checks presence and consistency. */
  public StageChange {
    Checks.notNull(opportunity, "opportunity");
    Checks.argument(opportunityVersion >= 1, "opportunityVersion", "version must be at least 1");
    Checks.notNull(pipeline, "pipeline");
    Checks.notNull(kind, "kind");
    Checks.argument(
        (fromStage == null) == (kind == StageChangeKind.OPENED),
        "fromStage",
        "fromStage is absent exactly when the opportunity was opened");
    Checks.text(toStage, "toStage", 50);
    Checks.argument(toPosition >= 0, "toPosition", "toPosition must not be negative");
    Checks.notNull(toKind, "toKind");
    Checks.notNull(at, "at");
    at = at.truncatedTo(ChronoUnit.MICROS);
    Checks.notNull(actor, "actor");
    Checks.notNull(amount, "amount");
    Checks.notNull(probability, "probability");
    Checks.argument(
        (lostReason != null) == (kind == StageChangeKind.LOST),
        "lostReason",
        "a lost reason is given exactly for a loss");
    Checks.argument(secondsInFromStage >= 0, "secondsInFromStage", "must not be negative");
  }
}
