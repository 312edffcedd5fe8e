package io.rapport.crm.pipeline;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A lost opportunity, with the reason (copied from the tenant's list) and the day it was lost.
 *
 * @param stage the pipeline's lost stage
 */
public record LostOpportunity(
    OpportunityId id,
    long version,
    PipelineId pipeline,
    int definitionVersion,
    OpportunityTerms terms,
    String stage,
    LostReason lostReason,
    LocalDate lostOn,
    Instant createdAt,
    Instant stageEnteredAt)
    implements Opportunity {

  /** Checks presence and that it was not lost before it was opened. */
  public LostOpportunity {
    Checks.notNull(id, "id");
    Checks.argument(version >= 1, "version", "version must be at least 1");
    Checks.notNull(pipeline, "pipeline");
    Checks.argument(definitionVersion >= 1, "definitionVersion", "must be at least 1");
    Checks.notNull(terms, "terms");
    Checks.text(stage, "stage", 50);
    Checks.notNull(lostReason, "lostReason");
    Checks.notNull(lostOn, "lostOn");
    createdAt = Checks.notNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
    stageEnteredAt =
        Checks.notNull(stageEnteredAt, "stageEnteredAt").truncatedTo(ChronoUnit.MICROS);
    Checks.argument(
        !lostOn.isBefore(LocalDate.ofInstant(createdAt, ZoneOffset.UTC)),
        "lostOn",
        "lostOn must not be before the opening day");
  }

  @Override
  public Probability probability() {
    return Probability.of(0);
  }

  @Override
  public StageKind status() {
    return StageKind.LOST;
  }

  @Override
  public LostOpportunity withVersion(long newVersion) {
    return new LostOpportunity(
        id,
        newVersion,
        pipeline,
        definitionVersion,
        terms,
        stage,
        lostReason,
        lostOn,
        createdAt,
        stageEnteredAt);
  }

  /** Whole days from the opening day (UTC) to {@link #lostOn()}: the sales-cycle length. */
  public long cycleDays() {
    return ChronoUnit.DAYS.between(LocalDate.ofInstant(createdAt, ZoneOffset.UTC), lostOn);
  }

  /**
   * Reopens the deal into the open stage {@code stageCode}, at that stage's default probability.
   *
   * @throws PipelineRuleException if the stage is unknown or not an open stage
   */
  public Transition<OpenOpportunity> reopen(
      PipelineDefinition definition, String stageCode, Instant at, Actor actor) {
    return OpenOpportunity.reopened(this, definition, stageCode, at, actor);
  }
}
