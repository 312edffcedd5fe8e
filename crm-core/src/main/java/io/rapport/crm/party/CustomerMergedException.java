package io.rapport.crm.party;

import io.rapport.crm.common.CrmException;
import io.rapport.crm.common.internal.Checks;

/** The customer asked for was merged into another one, the survivor, whose id it names. */
public class CustomerMergedException extends CrmException {
  private static final long serialVersionUID = 1L;
  private final transient CustomerId id;
  private final transient CustomerId survivor;

  /** Creates "Customer … was merged into customer …". */
  public CustomerMergedException(CustomerId id, CustomerId survivor) {
    super(
        "Customer "
            + Checks.notNull(id, "id")
            + " was merged into customer "
            + Checks.notNull(survivor, "survivor"));
    this.id = id;
    this.survivor = survivor;
  }

  /** The merged-away id that was asked for. */
  public CustomerId id() {
    return id;
  }

  /** The customer it was merged into. */
  public CustomerId survivor() {
    return survivor;
  }
}
