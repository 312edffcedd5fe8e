package io.rapport.crm.lead;

import io.rapport.crm.common.RecordNotFoundException;

/** No lead with the id exists in the caller's tenant. */
public class LeadNotFoundException extends RecordNotFoundException {
  private static final long serialVersionUID = 1L;

  /** Creates "No lead with id …". */
  public LeadNotFoundException(LeadId id) {
    super("lead", id);
  }

  @Override
  public LeadId id() {
    return (LeadId) super.id();
  }
}
