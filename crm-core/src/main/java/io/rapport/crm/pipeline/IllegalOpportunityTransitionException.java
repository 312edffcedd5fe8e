package io.rapport.crm.pipeline;

import io.rapport.crm.common.CrmException;

/**
 * A lifecycle change the opportunity's state does not allow: moving, winning, losing or editing a
 * closed opportunity, or reopening an open one.
 */
public class IllegalOpportunityTransitionException extends CrmException {
  private static final long serialVersionUID = 1L;
  private final transient OpportunityId opportunity;
  private final StageKind status;
  private final String action;

  /** Creates "Opportunity {id} is WON and cannot {action}". */
  public IllegalOpportunityTransitionException(
      OpportunityId opportunity, StageKind status, String action) {
    super("Opportunity " + opportunity + " is " + status + " and cannot " + action);
    this.opportunity = opportunity;
    this.status = status;
    this.action = action;
  }

  /** The opportunity. */
  public OpportunityId opportunity() {
    return opportunity;
  }

  /** Its current state. */
  public StageKind status() {
    return status;
  }

  /** The refused action, e.g. {@code move}. */
  public String action() {
    return action;
  }
}
