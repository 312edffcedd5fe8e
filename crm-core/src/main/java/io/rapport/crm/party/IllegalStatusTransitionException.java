package io.rapport.crm.party;

import io.rapport.crm.common.CrmException;

/** A status change the customer lifecycle does not allow, e.g. closed → active. */
public class IllegalStatusTransitionException extends CrmException {
  private static final long serialVersionUID = 1L;
  private final transient CustomerId customerId;
  private final CustomerStatus from;
  private final CustomerStatus to;

  /** Creates "Customer {id} cannot move from CLOSED to ACTIVE". */
  public IllegalStatusTransitionException(
      CustomerId customerId, CustomerStatus from, CustomerStatus to) {
    super("Customer " + customerId + " cannot move from " + from + " to " + to);
    this.customerId = customerId;
    this.from = from;
    this.to = to;
  }

  /** The customer. */
  public CustomerId customerId() {
    return customerId;
  }

  /** The current status. */
  public CustomerStatus from() {
    return from;
  }

  /** The refused target status. */
  public CustomerStatus to() {
    return to;
  }
}
