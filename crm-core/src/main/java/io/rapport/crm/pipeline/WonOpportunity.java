package io.rapport.crm.pipeline;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A won opportunity, with the amount actually booked (any currency) and the day it was won.
 *
 * @param stage the pipeline's won stage
 */
public record WonOpportunity(
    OpportunityId id,
    long version,
    PipelineId pipeline,
    int definitionVersion,
    OpportunityTerms terms,
    String stage,
    Money actualAmount,
    LocalDate wonOn,
    Instant createdAt,
    Instant stageEnteredAt)
    implements Opportunity {

  /** Checks presence and that it was not won before it was opened. */
  public WonOpportunity {
    Checks.notNull(id, "id");
    Checks.argument(version >= 1, "version", "version must be at least 1");
    Checks.notNull(pipeline, "pipeline");
    Checks.argument(definitionVersion >= 1, "definitionVersion", "must be at least 1");
    Checks.notNull(terms, "terms");
    Checks.text(stage, "stage", 50);
    Checks.notNull(actualAmount, "actualAmount");
    Checks.argument(!actualAmount.isNegative(), "actualAmount", "must not be negative");
    Checks.notNull(wonOn, "wonOn");
    createdAt = Checks.notNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
    stageEnteredAt =
        Checks.notNull(stageEnteredAt, "stageEnteredAt").truncatedTo(ChronoUnit.MICROS);
    Checks.argument(
        !wonOn.isBefore(LocalDate.ofInstant(createdAt, ZoneOffset.UTC)),
        "wonOn",
        "wonOn must not be before the opening day");
  }

  @Override
  public Probability probability() {
    return Probability.of(100);
  }

  @Override
  public StageKind status() {
    return StageKind.WON;
  }

  @Override
  public WonOpportunity withVersion(long newVersion) {
    return new WonOpportunity(
        id,
        newVersion,
        pipeline,
        definitionVersion,
        terms,
        stage,
        actualAmount,
        wonOn,
        createdAt,
        stageEnteredAt);
  }

  /** Whole days from the opening day (UTC) to {@link #wonOn()}: the sales-cycle length. */
  public long cycleDays() {
    return ChronoUnit.DAYS.between(LocalDate.ofInstant(createdAt, ZoneOffset.UTC), wonOn);
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
