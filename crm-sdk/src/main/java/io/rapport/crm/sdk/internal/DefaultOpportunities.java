package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.IllegalOpportunityTransitionException;
import io.rapport.crm.pipeline.LostOpportunity;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.OpportunityTerms;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.Probability;
import io.rapport.crm.pipeline.StageChange;
import io.rapport.crm.pipeline.Transition;
import io.rapport.crm.pipeline.WonOpportunity;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.LoseOpportunity;
import io.rapport.crm.sdk.MoveOpportunity;
import io.rapport.crm.sdk.NewOpportunity;
import io.rapport.crm.sdk.Opportunities;
import io.rapport.crm.sdk.ReopenOpportunity;
import io.rapport.crm.sdk.UpdateOpportunity;
import io.rapport.crm.sdk.WinOpportunity;
import io.rapport.crm.sdk.internal.validation.Arguments;
import io.rapport.crm.sdk.internal.validation.CommandValidator;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import io.rapport.crm.spi.UnitOfWork;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** {@link Opportunities} over a {@link CommandRunner}. Thread-safe. */
public final class DefaultOpportunities implements Opportunities {
  private final CommandRunner runner;
  private final CommandValidator validator;
  private final AccessGuard access;

  /** The opportunity use cases. */
  public DefaultOpportunities(CommandRunner runner, CommandValidator validator) {
    this.runner = runner;
    this.validator = validator;
    this.access = runner.access();
  }

  @Override
  public OpenOpportunity open(Caller caller, NewOpportunity command) {
    Arguments.notNull("NewOpportunity", caller, "caller");
    OpportunityId id = runner.ids().next(OpportunityId::new);
    return runner.write(
        caller,
        runner.now(),
        changes -> {
          if (command != null && command.customer() != null) {
            access.requireChangeable(caller, changes.unit(), command.customer());
          }
          return OpportunityWrites.open(changes, validator, command, id);
        });
  }

  @Override
  public OpenOpportunity update(Caller caller, UpdateOpportunity command) {
    String name = "UpdateOpportunity";
    Arguments.notNull(name, command, "command");
    Money amount = money(caller, command, name, "amount", command.amount(), command.currency());
    EmployeeId owner =
        ViolationCollector.singleAt(name, "owner", () -> EmployeeId.of(command.owner()));
    return change(
        caller,
        command.id(),
        command.expectedVersion(),
        "update",
        (changes, open, definition) -> {
          OpportunityTerms old = open.terms();
          OpportunityTerms terms =
              ViolationCollector.single(
                  name,
                  "",
                  () ->
                      new OpportunityTerms(
                          old.customer(),
                          old.product(),
                          amount,
                          command.expectedClose(),
                          owner,
                          old.sourceLead(),
                          old.campaign(),
                          command.competitors(),
                          command.nextStep()));
          OpenOpportunity next =
              open.withTerms(terms)
                  .withProbability(definition, Probability.of(command.probability()))
                  .withForecast(definition, command.forecastCategory());
          OpenOpportunity saved =
              (OpenOpportunity) changes.unit().opportunities().update(changes.tenant(), next);
          changes.record(
              ConsentSubject.customer(saved.terms().customer()),
              OpportunityWrites.TYPE,
              saved.id(),
              "opportunity.updated",
              saved.version(),
              OpportunityDiffer.diff(open, saved),
              OpportunityWrites.data(saved));
          return saved;
        });
  }

  @Override
  public OpenOpportunity move(Caller caller, MoveOpportunity command) {
    check(caller, command, "MoveOpportunity");
    return change(
        caller,
        command.id(),
        command.expectedVersion(),
        "move",
        (changes, open, definition) ->
            store(
                changes,
                "opportunity.stage-changed",
                open,
                open.moveTo(
                    definition,
                    command.stage(),
                    command.probability() == null ? null : Probability.of(command.probability()),
                    changes.now(),
                    changes.actor())));
  }

  @Override
  public WonOpportunity win(Caller caller, WinOpportunity command) {
    String name = "WinOpportunity";
    Arguments.notNull(name, command, "command");
    Money actual =
        money(caller, command, name, "actualAmount", command.actualAmount(), command.currency());
    return change(
        caller,
        command.id(),
        command.expectedVersion(),
        "be won",
        (changes, open, definition) ->
            store(
                changes,
                "opportunity.won",
                open,
                ViolationCollector.single(
                    name,
                    "",
                    () ->
                        open.win(
                            definition, actual, command.wonOn(), changes.now(), changes.actor()))));
  }

  @Override
  public LostOpportunity lose(Caller caller, LoseOpportunity command) {
    String name = "LoseOpportunity";
    check(caller, command, name);
    return change(
        caller,
        command.id(),
        command.expectedVersion(),
        "be lost",
        (changes, open, definition) -> {
          PipelineDefinition latest =
              changes.unit().pipelines().get(changes.tenant(), open.pipeline());
          return store(
              changes,
              "opportunity.lost",
              open,
              ViolationCollector.single(
                  name,
                  "",
                  () ->
                      open.lose(
                          definition,
                          latest.requireLostReason(command.reason()),
                          command.lostOn(),
                          changes.now(),
                          changes.actor())));
        });
  }

  @Override
  public OpenOpportunity reopen(Caller caller, ReopenOpportunity command) {
    check(caller, command, "ReopenOpportunity");
    return runner.write(
        caller,
        runner.now(),
        changes -> {
          Opportunity current = load(changes, command.id(), command.expectedVersion());
          PipelineDefinition definition = definitionOf(changes, current);
          Transition<OpenOpportunity> reopened;
          if (current instanceof WonOpportunity won) {
            reopened = won.reopen(definition, command.stage(), changes.now(), changes.actor());
          } else if (current instanceof LostOpportunity lost) {
            reopened = lost.reopen(definition, command.stage(), changes.now(), changes.actor());
          } else {
            throw new IllegalOpportunityTransitionException(
                current.id(), current.status(), "be reopened");
          }
          return store(changes, "opportunity.reopened", current, reopened);
        });
  }

  /** One change of an open opportunity. */
  @FunctionalInterface
  private interface OpenChange<T> {
    T apply(Changes changes, OpenOpportunity open, PipelineDefinition definition);
  }

  private <T> T change(
      Caller caller, OpportunityId id, long expectedVersion, String action, OpenChange<T> work) {
    return runner.write(
        caller,
        runner.now(),
        changes -> {
          Opportunity current = load(changes, id, expectedVersion);
          if (!(current instanceof OpenOpportunity open)) {
            throw new IllegalOpportunityTransitionException(id, current.status(), action);
          }
          return work.apply(changes, open, definitionOf(changes, current));
        });
  }

  private Opportunity load(Changes changes, OpportunityId id, long expectedVersion) {
    Opportunity current = changes.unit().opportunities().get(changes.tenant(), id);
    requireCustomerChangeable(changes.caller(), changes.unit(), current);
    if (current.version() != expectedVersion) {
      throw new ConcurrentUpdateException(OpportunityWrites.TYPE, id, expectedVersion);
    }
    return current;
  }

  private static PipelineDefinition definitionOf(Changes changes, Opportunity opportunity) {
    return changes
        .unit()
        .pipelines()
        .get(changes.tenant(), opportunity.pipeline(), opportunity.definitionVersion());
  }

  @SuppressWarnings("unchecked")
  private static <T extends Opportunity> T store(
      Changes changes, String action, Opportunity before, Transition<T> transition) {
    T saved = (T) changes.unit().opportunities().update(changes.tenant(), transition.opportunity());
    OpportunityWrites.record(changes, action, before, transition);
    return saved;
  }

  /** Checks {@code command} and converts its amount, reporting every violation at once. */
  private Money money(
      Caller caller,
      Object command,
      String name,
      String amountPath,
      BigDecimal amount,
      String currency) {
    Arguments.notNull(name, caller, "caller");
    ViolationCollector collector = validator.collect(command, name);
    Money money = collector.money(amountPath, amount, "currency", currency);
    collector.throwIfInvalid();
    return money;
  }

  private void check(Caller caller, Object command, String name) {
    Arguments.notNull(name, caller, "caller");
    validator.check(command, name);
  }

  private void requireCustomerChangeable(Caller caller, UnitOfWork unit, Opportunity current) {
    if (!access.mayRead(caller, unit, current.terms().customer())) {
      throw new RecordNotFoundException(OpportunityWrites.TYPE, current.id());
    }
    access.requireChangeable(caller, unit, current.terms().customer());
  }

  private Optional<Opportunity> visible(
      Caller caller, UnitOfWork unit, Optional<Opportunity> opportunity) {
    return opportunity.filter(o -> access.mayRead(caller, unit, o.terms().customer()));
  }

  @Override
  public Optional<Opportunity> find(Caller caller, OpportunityId id) {
    return read(
        caller,
        id,
        "find",
        unit -> visible(caller, unit, unit.opportunities().find(caller.tenant(), id)));
  }

  @Override
  public Opportunity get(Caller caller, OpportunityId id) {
    return find(caller, id)
        .orElseThrow(() -> new RecordNotFoundException(OpportunityWrites.TYPE, id));
  }

  @Override
  public List<Opportunity> ofCustomer(Caller caller, CustomerId customer) {
    return read(
        caller,
        customer,
        "ofCustomer",
        unit -> {
          if (!access.mayRead(caller, unit, customer)) {
            return List.<Opportunity>of();
          }
          return unit.opportunities().forCustomer(caller.tenant(), customer);
        });
  }

  @Override
  public List<StageChange> history(Caller caller, OpportunityId id) {
    return read(
        caller,
        id,
        "history",
        unit ->
            visible(caller, unit, unit.opportunities().find(caller.tenant(), id)).isPresent()
                    || !access.enforced()
                ? unit.stageHistory().of(caller.tenant(), id)
                : List.of());
  }

  private <T> T read(Caller caller, Object argument, String method, Function<UnitOfWork, T> work) {
    Arguments.notNull(method, caller, "caller");
    Arguments.notNull(method, argument, "id");
    return runner.read(unit -> work.apply(unit));
  }
}
