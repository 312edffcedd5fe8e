package io.rapport.crm.sdk;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.pipeline.IllegalOpportunityTransitionException;
import io.rapport.crm.pipeline.LostOpportunity;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.PipelineRuleException;
import io.rapport.crm.pipeline.StageChange;
import io.rapport.crm.pipeline.WonOpportunity;
import java.util.List;
import java.util.Optional;

/**
 * Opportunities through their lifecycle: open, edit, move stage, win, lose, reopen. Every lifecycle
 * change appends a stage-history entry (time, actor, from, to, amount and probability at that
 * moment), an audit entry and an event ({@code opportunity.opened}, {@code .updated}, {@code
 * .stage-changed}, {@code .won}, {@code .lost}, {@code .reopened}) in one unit of work. Changes
 * name the version they read. A null argument is refused with a {@link CommandValidationException}.
 * Thread-safe.
 */
public interface Opportunities {

  /**
   * Opens an opportunity (version 1) under the pipeline's latest definition.
   *
   * @throws CommandValidationException listing every invalid field
   * @throws RecordNotFoundException if the pipeline does not exist
   * @throws CustomerNotFoundException if the customer is not in the tenant
   * @throws PipelineRuleException if the stage is unknown or not open, or the probability is
   *     outside its bounds
   */
  OpenOpportunity open(Caller caller, NewOpportunity command);

  /**
   * Replaces the editable fields of an open opportunity.
   *
   * @throws CommandValidationException listing every invalid field
   * @throws RecordNotFoundException if there is no such opportunity
   * @throws ConcurrentUpdateException if it changed since {@code expectedVersion}
   * @throws IllegalOpportunityTransitionException if it is won or lost
   * @throws PipelineRuleException if the probability is outside the stage's bounds
   */
  OpenOpportunity update(Caller caller, UpdateOpportunity command);

  /**
   * Moves an open opportunity to another open stage.
   *
   * @throws CommandValidationException listing every invalid field
   * @throws RecordNotFoundException if there is no such opportunity
   * @throws ConcurrentUpdateException if it changed since {@code expectedVersion}
   * @throws IllegalOpportunityTransitionException if it is won or lost
   * @throws PipelineRuleException if the stage is unknown, closed or the current one, or the
   *     probability is outside its bounds
   */
  OpenOpportunity move(Caller caller, MoveOpportunity command);

  /**
   * Wins an open opportunity.
   *
   * @throws CommandValidationException listing every invalid field, including a won day before the
   *     opening day
   * @throws RecordNotFoundException if there is no such opportunity
   * @throws ConcurrentUpdateException if it changed since {@code expectedVersion}
   * @throws IllegalOpportunityTransitionException if it is already won or lost
   */
  WonOpportunity win(Caller caller, WinOpportunity command);

  /**
   * Loses an open opportunity with a reason from the pipeline's latest definition.
   *
   * @throws CommandValidationException listing every invalid field, including a lost day before the
   *     opening day
   * @throws RecordNotFoundException if there is no such opportunity
   * @throws ConcurrentUpdateException if it changed since {@code expectedVersion}
   * @throws IllegalOpportunityTransitionException if it is already won or lost
   * @throws PipelineRuleException if the reason is not on the pipeline's list
   */
  LostOpportunity lose(Caller caller, LoseOpportunity command);

  /**
   * Reopens a won or lost opportunity into an open stage.
   *
   * @throws CommandValidationException listing every invalid field
   * @throws RecordNotFoundException if there is no such opportunity
   * @throws ConcurrentUpdateException if it changed since {@code expectedVersion}
   * @throws IllegalOpportunityTransitionException if it is open
   * @throws PipelineRuleException if the stage is unknown or not open
   */
  OpenOpportunity reopen(Caller caller, ReopenOpportunity command);

  /** The opportunity, in whichever state, if it exists in the caller's tenant. */
  Optional<Opportunity> find(Caller caller, OpportunityId id);

  /**
   * The opportunity.
   *
   * @throws RecordNotFoundException if it does not exist in the caller's tenant
   */
  Opportunity get(Caller caller, OpportunityId id);

  /** The opportunities of {@code customer}, every state, ordered by id. */
  List<Opportunity> ofCustomer(Caller caller, CustomerId customer);

  /** The stage history of the opportunity, oldest first; empty for an unknown id. */
  List<StageChange> history(Caller caller, OpportunityId id);
}
