package io.rapport.crm.pipeline;

import io.rapport.crm.common.internal.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * A potential sale to a customer, in one of three states with their own rules: only an {@link
 * OpenOpportunity} can move stage, be won or be lost; a {@link WonOpportunity} or {@link
 * LostOpportunity} can only be reopened, explicitly. Every lifecycle change returns a {@link
 * Transition} carrying the stage-history entry to store with it. Immutable; {@code version} is the
 * optimistic version, and {@code definitionVersion} the pipeline definition it lives under.
 */
public sealed interface Opportunity permits OpenOpportunity, WonOpportunity, LostOpportunity {

  /** The id. */
  OpportunityId id();

  /** The optimistic version, 1 when opened. */
  long version();

  /** The pipeline. */
  PipelineId pipeline();

  /** The version of the pipeline definition the opportunity was opened under. */
  int definitionVersion();

  /** Customer, product, amount, dates, owner, sources, competitors, next step. */
  OpportunityTerms terms();

  /** The code of the current stage. */
  String stage();

  /** The current probability. */
  Probability probability();

  /** When it was opened. */
  Instant createdAt();

  /** When it entered its current stage. */
  Instant stageEnteredAt();

  /** OPEN, WON or LOST. */
  StageKind status();

  /** This opportunity at another stored version (repositories set the version they store). */
  Opportunity withVersion(long newVersion);

  /**
   * Checks that {@code definition} is the one this opportunity lives under.
   *
   * @throws io.rapport.crm.common.InvalidValueException otherwise
   */
  static void checkDefinition(Opportunity opportunity, PipelineDefinition definition) {
    Checks.notNull(definition, "definition");
    Checks.argument(
        definition.id().equals(opportunity.pipeline())
            && definition.version() == opportunity.definitionVersion(),
        "definition",
        "opportunity %s lives under pipeline %s v%s, not %s v%s",
        opportunity.id(),
        opportunity.pipeline(),
        opportunity.definitionVersion(),
        definition.id(),
        definition.version());
  }

  /** Seconds from {@link #stageEnteredAt()} to {@code at}; 0 if {@code at} is earlier. */
  static long secondsInStage(Opportunity opportunity, Instant at) {
    return Math.max(0, Duration.between(opportunity.stageEnteredAt(), at).getSeconds());
  }
}
