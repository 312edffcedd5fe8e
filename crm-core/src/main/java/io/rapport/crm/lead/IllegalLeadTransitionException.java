package io.rapport.crm.lead;

import io.rapport.crm.common.CrmException;

/** A lead change its lifecycle does not allow, e.g. CONVERTED → CONTACTED. */
public class IllegalLeadTransitionException extends CrmException {
  private static final long serialVersionUID = 1L;
  private final transient LeadId leadId;
  private final LeadStatus from;
  private final LeadStatus to;

  /** Creates "Lead {id} cannot move from {from} to {to}". */
  public IllegalLeadTransitionException(LeadId leadId, LeadStatus from, LeadStatus to) {
    super(
        from == to
            ? "Lead " + leadId + " is " + from + " and can no longer change"
            : "Lead " + leadId + " cannot move from " + from + " to " + to);
    this.leadId = leadId;
    this.from = from;
    this.to = to;
  }

  /** The lead. */
  public LeadId leadId() {
    return leadId;
  }

  /** The current status. */
  public LeadStatus from() {
    return from;
  }

  /** The refused target status (equal to {@link #from()} for a change of a closed lead). */
  public LeadStatus to() {
    return to;
  }
}
