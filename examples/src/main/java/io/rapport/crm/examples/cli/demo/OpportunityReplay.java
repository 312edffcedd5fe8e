package io.rapport.crm.examples.cli.demo;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.IdSource;
import io.rapport.crm.common.Money;
import io.rapport.crm.pipeline.LostOpportunity;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.OpportunityTerms;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.StageChange;
import io.rapport.crm.pipeline.Transition;
import io.rapport.crm.pipeline.WonOpportunity;
import io.rapport.crm.sample.SampleSales;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replays each generated opportunity's history through the pipeline domain's own transitions (open,
 * move, win, lose, reopen: the same rules the SDK applies one call at a time), collecting the final
 * state and every stage change, for {@code crm.imports().opportunities} to store in batches.
 */
final class OpportunityReplay {
  private final Map<String, PipelineDefinition> definitions;
  private final IdSource ids;
  private final Actor actor;
  private final List<Opportunity> opportunities = new ArrayList<>();
  private final List<StageChange> history = new ArrayList<>();

  OpportunityReplay(Map<String, PipelineDefinition> definitions, IdSource ids, Actor actor) {
    this.definitions = definitions;
    this.ids = ids;
    this.actor = actor;
  }

  List<Opportunity> opportunities() {
    return opportunities;
  }

  List<StageChange> history() {
    return history;
  }

  /** Replays {@code plan}; the opportunity and its changes are added to the lists. */
  void replay(SampleSales.OpportunityPlan plan) {
    PipelineDefinition definition = definitions.get(plan.pipeline());
    OpportunityTerms terms =
        new OpportunityTerms(
            plan.customer(),
            plan.product(),
            Money.of(plan.amount().toPlainString(), plan.currency()),
            plan.closingOn(),
            plan.owner(),
            null,
            null,
            List.of(),
            null);
    Transition<? extends Opportunity> step =
        OpenOpportunity.open(
            ids.next(OpportunityId::new),
            definition,
            null,
            terms,
            null,
            null,
            plan.openedAt(),
            actor);
    history.add(step.change());
    Opportunity current = step.opportunity();
    for (SampleSales.Step planned : plan.steps()) {
      LocalDate day = LocalDate.ofInstant(planned.at(), ZoneOffset.UTC);
      step =
          switch (planned.kind()) {
            case MOVE ->
                open(current).moveTo(definition, planned.stage(), null, planned.at(), actor);
            case WIN ->
                open(current)
                    .win(
                        definition,
                        Money.of(planned.amount().toPlainString(), plan.currency()),
                        day,
                        planned.at(),
                        actor);
            case LOSE ->
                open(current)
                    .lose(
                        definition,
                        definition.requireLostReason(planned.reason()),
                        day,
                        planned.at(),
                        actor);
            case REOPEN -> reopen(current, definition, planned.stage(), planned);
          };
      history.add(step.change());
      // the store bumps the version on each update; the import stores the final version as is
      current = step.opportunity().withVersion(step.change().opportunityVersion());
    }
    opportunities.add(current);
  }

  private static OpenOpportunity open(Opportunity opportunity) {
    if (opportunity instanceof OpenOpportunity open) {
      return open;
    }
    throw new IllegalStateException("opportunity " + opportunity.id() + " is closed");
  }

  private Transition<OpenOpportunity> reopen(
      Opportunity current, PipelineDefinition definition, String stage, SampleSales.Step planned) {
    if (current instanceof WonOpportunity won) {
      return won.reopen(definition, stage, planned.at(), actor);
    }
    if (current instanceof LostOpportunity lost) {
      return lost.reopen(definition, stage, planned.at(), actor);
    }
    throw new IllegalStateException("opportunity " + current.id() + " is open");
  }
}
