package io.rapport.crm.pipeline;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An open opportunity: in an open stage, with a probability inside that stage's bounds and a
 * forecast category (the stage's default unless {@code forecastOverridden}). Moving to another
 * stage resets the probability to the new stage's default and, unless overridden, the category.
 */
public record OpenOpportunity(
    OpportunityId id,
    long version,
    PipelineId pipeline,
    int definitionVersion,
    OpportunityTerms terms,
    String stage,
    Probability probability,
    ForecastCategory forecastCategory,
    boolean forecastOverridden,
    Instant createdAt,
    Instant stageEnteredAt)
    implements Opportunity {

  /** Checks presence. */
  public OpenOpportunity {
    Checks.notNull(id, "id");
    Checks.argument(version >= 1, "version", "version must be at least 1");
    Checks.notNull(pipeline, "pipeline");
    Checks.argument(definitionVersion >= 1, "definitionVersion", "must be at least 1");
    Checks.notNull(terms, "terms");
    Checks.text(stage, "stage", 50);
    Checks.notNull(probability, "probability");
    Checks.notNull(forecastCategory, "forecastCategory");
    createdAt = Checks.notNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
    stageEnteredAt =
        Checks.notNull(stageEnteredAt, "stageEnteredAt").truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Opens an opportunity (version 1) in {@code stageCode} (the first stage when null) of the
   * definition, at {@code probability} (the stage default when null) and {@code forecast} (the
   * stage default when null).
   *
   * @throws PipelineRuleException if the stage is unknown or not open, or the probability is out of
   *     its bounds
   */
  public static Transition<OpenOpportunity> open(
      OpportunityId id,
      PipelineDefinition definition,
      String stageCode,
      OpportunityTerms terms,
      Probability probability,
      ForecastCategory forecast,
      Instant at,
      Actor actor) {
    Stage stage =
        openStage(definition, stageCode == null ? definition.firstStage().code() : stageCode);
    Probability chosen = probability == null ? stage.defaultProbability() : probability;
    checkBounds(definition, stage, chosen);
    OpenOpportunity opened =
        new OpenOpportunity(
            id,
            1,
            definition.id(),
            definition.version(),
            terms,
            stage.code(),
            chosen,
            forecast == null ? stage.forecastCategory() : forecast,
            forecast != null,
            at,
            at);
    return new Transition<>(
        opened, opened.change(definition, StageChangeKind.OPENED, null, 0, at, actor, null));
  }

  @Override
  public StageKind status() {
    return StageKind.OPEN;
  }

  @Override
  public OpenOpportunity withVersion(long newVersion) {
    return new OpenOpportunity(
        id,
        newVersion,
        pipeline,
        definitionVersion,
        terms,
        stage,
        probability,
        forecastCategory,
        forecastOverridden,
        createdAt,
        stageEnteredAt);
  }

  /** This opportunity with other terms (amount, dates, owner, competitors, next step…). */
  public OpenOpportunity withTerms(OpportunityTerms newTerms) {
    return new OpenOpportunity(
        id,
        version,
        pipeline,
        definitionVersion,
        newTerms,
        stage,
        probability,
        forecastCategory,
        forecastOverridden,
        createdAt,
        stageEnteredAt);
  }

  /**
   * This opportunity at another probability within its stage's bounds.
   *
   * @throws PipelineRuleException if it is out of bounds
   */
  public OpenOpportunity withProbability(PipelineDefinition definition, Probability value) {
    Opportunity.checkDefinition(this, definition);
    Checks.notNull(value, "probability");
    checkBounds(definition, definition.requireStage(stage), value);
    return new OpenOpportunity(
        id,
        version,
        pipeline,
        definitionVersion,
        terms,
        stage,
        value,
        forecastCategory,
        forecastOverridden,
        createdAt,
        stageEnteredAt);
  }

  /** This opportunity with its forecast category overridden, or back to the stage's when null. */
  public OpenOpportunity withForecast(PipelineDefinition definition, ForecastCategory value) {
    Opportunity.checkDefinition(this, definition);
    ForecastCategory category =
        value == null ? definition.requireStage(stage).forecastCategory() : value;
    return new OpenOpportunity(
        id,
        version,
        pipeline,
        definitionVersion,
        terms,
        stage,
        probability,
        category,
        value != null,
        createdAt,
        stageEnteredAt);
  }

  /**
   * Moves to the open stage {@code stageCode} (forwards, backwards or skipping stages) at its
   * default probability, or at {@code probability} when given.
   *
   * @throws PipelineRuleException if the stage is unknown, not open (use {@link #win} or {@link
   *     #lose}), the current stage, or the probability is out of its bounds
   */
  public Transition<OpenOpportunity> moveTo(
      PipelineDefinition definition,
      String stageCode,
      Probability probability,
      Instant at,
      Actor actor) {
    Opportunity.checkDefinition(this, definition);
    Stage target = openStage(definition, stageCode);
    if (target.code().equals(stage)) {
      throw new PipelineRuleException(pipeline, stageCode, "opportunity is already in " + stage);
    }
    Probability chosen = probability == null ? target.defaultProbability() : probability;
    checkBounds(definition, target, chosen);
    OpenOpportunity moved =
        new OpenOpportunity(
            id,
            version,
            pipeline,
            definitionVersion,
            terms,
            target.code(),
            chosen,
            forecastOverridden ? forecastCategory : target.forecastCategory(),
            forecastOverridden,
            createdAt,
            at);
    return new Transition<>(
        moved,
        moved.change(
            definition,
            StageChangeKind.MOVED,
            stage,
            Opportunity.secondsInStage(this, at),
            at,
            actor,
            null));
  }

  /** Wins the deal with the amount actually booked (any currency) on {@code wonOn}. */
  public Transition<WonOpportunity> win(
      PipelineDefinition definition, Money actualAmount, LocalDate wonOn, Instant at, Actor actor) {
    Opportunity.checkDefinition(this, definition);
    Stage won = definition.wonStage();
    WonOpportunity result =
        new WonOpportunity(
            id,
            version,
            pipeline,
            definitionVersion,
            terms,
            won.code(),
            actualAmount,
            wonOn,
            createdAt,
            at);
    StageChange change =
        new StageChange(
            id,
            version + 1,
            pipeline,
            StageChangeKind.WON,
            stage,
            won.code(),
            definition.position(won.code()),
            StageKind.WON,
            at,
            actor,
            actualAmount,
            result.probability(),
            null,
            Opportunity.secondsInStage(this, at));
    return new Transition<>(result, change);
  }

  /**
   * Loses the deal for {@code reason} (taken from the pipeline's latest definition) on {@code
   * lostOn}.
   */
  public Transition<LostOpportunity> lose(
      PipelineDefinition definition, LostReason reason, LocalDate lostOn, Instant at, Actor actor) {
    Opportunity.checkDefinition(this, definition);
    Stage lost = definition.lostStage();
    LostOpportunity result =
        new LostOpportunity(
            id,
            version,
            pipeline,
            definitionVersion,
            terms,
            lost.code(),
            reason,
            lostOn,
            createdAt,
            at);
    return new Transition<>(
        result,
        new StageChange(
            id,
            version + 1,
            pipeline,
            StageChangeKind.LOST,
            stage,
            lost.code(),
            definition.position(lost.code()),
            StageKind.LOST,
            at,
            actor,
            terms.amount(),
            result.probability(),
            reason.code(),
            Opportunity.secondsInStage(this, at)));
  }

  static Transition<OpenOpportunity> reopened(
      Opportunity closed,
      PipelineDefinition definition,
      String stageCode,
      Instant at,
      Actor actor) {
    Opportunity.checkDefinition(closed, definition);
    Stage target = openStage(definition, stageCode);
    OpenOpportunity reopened =
        new OpenOpportunity(
            closed.id(),
            closed.version(),
            closed.pipeline(),
            closed.definitionVersion(),
            closed.terms(),
            target.code(),
            target.defaultProbability(),
            target.forecastCategory(),
            false,
            closed.createdAt(),
            at);
    return new Transition<>(
        reopened,
        reopened.change(
            definition,
            StageChangeKind.REOPENED,
            closed.stage(),
            Opportunity.secondsInStage(closed, at),
            at,
            actor,
            null));
  }

  private StageChange change(
      PipelineDefinition definition,
      StageChangeKind kind,
      String from,
      long seconds,
      Instant at,
      Actor actor,
      String lostReason) {
    long next = kind == StageChangeKind.OPENED ? 1 : version + 1;
    return new StageChange(
        id,
        next,
        pipeline,
        kind,
        from,
        stage,
        definition.position(stage),
        StageKind.OPEN,
        at,
        actor,
        terms.amount(),
        probability,
        lostReason,
        seconds);
  }

  private static Stage openStage(PipelineDefinition definition, String code) {
    Checks.notNull(code, "stage");
    Stage stage = definition.requireStage(code);
    if (stage.kind() != StageKind.OPEN) {
      throw new PipelineRuleException(
          definition.id(), code, "stage " + code + " is " + stage.kind() + ", not an open stage");
    }
    return stage;
  }

  private static void checkBounds(PipelineDefinition definition, Stage stage, Probability value) {
    if (!stage.allows(value)) {
      throw new PipelineRuleException(
          definition.id(),
          stage.code(),
          "probability "
              + value
              + " is outside "
              + stage.minProbability()
              + ".."
              + stage.maxProbability()
              + " of stage "
              + stage.code());
    }
  }
}
