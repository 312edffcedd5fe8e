package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.OpportunityTerms;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.Probability;
import io.rapport.crm.pipeline.Transition;
import io.rapport.crm.sdk.NewOpportunity;
import io.rapport.crm.sdk.internal.validation.CommandValidator;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import java.util.Map;
import java.util.TreeMap;

/**
 * Opportunity writes inside a command's unit of work, for {@link DefaultOpportunities} and for
 * other use cases that create an opportunity as part of their own unit (lead collector): call
 * {@link #open(Changes, CommandValidator, NewOpportunity)} inside {@code runner.write(caller, now,
 * changes -> …)}; the opportunity, its opening history entry, its audit entry and its event then
 * commit or roll back with the rest of that unit. Stateless.
 */
public final class OpportunityWrites {
  static final String TYPE = "opportunity";
  private static final String OPEN = "NewOpportunity";

  private OpportunityWrites() {}

  /**
   * Validates {@code command} and opens the opportunity in the unit of {@code changes}, with an id
   * from {@code ids}.
   *
   * @throws io.rapport.crm.sdk.CommandValidationException listing every invalid field
   * @throws io.rapport.crm.common.RecordNotFoundException if the pipeline does not exist
   * @throws io.rapport.crm.party.CustomerNotFoundException if the customer is not in the tenant
   * @throws io.rapport.crm.pipeline.PipelineRuleException if the stage or probability is refused
   */
  public static OpenOpportunity open(
      Changes changes, CommandValidator validator, NewOpportunity command, OpportunityId id) {
    OpportunityTerms terms = terms(validator.collect(command, OPEN), command);
    TenantId tenant = changes.tenant();
    PipelineDefinition definition = changes.unit().pipelines().get(tenant, command.pipeline());
    changes.unit().customers().get(tenant, command.customer());
    Transition<OpenOpportunity> opened =
        OpenOpportunity.open(
            id,
            definition,
            command.stage(),
            terms,
            command.probability() == null ? null : Probability.of(command.probability()),
            command.forecastCategory(),
            changes.now(),
            changes.actor());
    changes.unit().opportunities().insert(tenant, opened.opportunity());
    record(changes, "opportunity.opened", null, opened);
    return opened.opportunity();
  }

  private static OpportunityTerms terms(ViolationCollector collector, NewOpportunity command) {
    Money amount = collector.money("amount", command.amount(), "currency", command.currency());
    EmployeeId owner = collector.at("owner", () -> EmployeeId.of(command.owner()));
    if (amount == null || owner == null) {
      collector.throwIfInvalid();
    }
    OpportunityTerms terms =
        collector.under(
            "",
            () ->
                new OpportunityTerms(
                    command.customer(),
                    command.product(),
                    amount,
                    command.expectedClose(),
                    owner,
                    command.sourceLead(),
                    command.campaign(),
                    command.competitors(),
                    command.nextStep()));
    collector.throwIfInvalid();
    return terms;
  }

  /**
   * Appends the history entry of a lifecycle change and records its audit entry and event; {@code
   * before} is null on opening. The opportunity must already be stored.
   */
  static void record(Changes changes, String action, Opportunity before, Transition<?> transition) {
    changes.unit().stageHistory().append(changes.tenant(), transition.change());
    Opportunity after =
        transition.opportunity().withVersion(transition.change().opportunityVersion());
    Map<String, String> data = new TreeMap<>(data(after));
    if (transition.change().fromStage() != null) {
      data.put("fromStage", transition.change().fromStage());
    }
    changes.record(
        ConsentSubject.customer(after.terms().customer()),
        TYPE,
        after.id(),
        action,
        after.version(),
        OpportunityDiffer.diff(before, after),
        data);
  }

  static Map<String, String> data(Opportunity opportunity) {
    return Map.of(
        "pipelineId", opportunity.pipeline().toString(),
        "customerId", opportunity.terms().customer().toString(),
        "stage", opportunity.stage(),
        "status", opportunity.status().name());
  }
}
