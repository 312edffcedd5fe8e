package io.rapport.crm.party;

import io.rapport.crm.common.RecordNotFoundException;

/** No customer with the id exists in the caller's tenant. */
public class CustomerNotFoundException extends RecordNotFoundException {
  private static final long serialVersionUID = 1L;

  /** Creates "No customer with id …". */
  public CustomerNotFoundException(CustomerId id) {
    super("customer", id);
  }

  @Override
  public CustomerId id() {
    return (CustomerId) super.id();
  }
}
