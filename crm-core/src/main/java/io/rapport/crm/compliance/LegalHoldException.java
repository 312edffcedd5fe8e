package io.rapport.crm.compliance;

import io.rapport.crm.common.CrmException;
import io.rapport.crm.party.CustomerId;

/**
 * A customer under a legal hold cannot be erased until the hold is released. The message names the
 * customer id only, never the hold's reason or any personal data.
 */
public class LegalHoldException extends CrmException {
  private static final long serialVersionUID = 1L;

  /** The customer under hold. */
  private final transient CustomerId customer;

  /** Creates "Customer … is under a legal hold and cannot be erased until it is released". */
  public LegalHoldException(CustomerId customer) {
    super(
        "Customer "
            + customer
            + " is under a legal hold and cannot be erased until the hold is released");
    this.customer = customer;
  }

  /** The customer under hold. */
  public CustomerId customer() {
    return customer;
  }
}
