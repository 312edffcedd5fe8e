package io.rapport.crm.sdk;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.Holding;
import java.util.List;

/**
 * Customers' products, kept as a projection of core banking. Card numbers are truncated to their
 * last four digits before anything is stored. Changes are audited and emit events in the same unit
 * of work. A null argument is refused with a {@link CommandValidationException} naming it.
 * Thread-safe.
 */
public interface Holdings {

  /**
   * Stores a new holding (version 1) and records "holding.recorded".
   *
   * @throws CommandValidationException listing every invalid field (e.g. a card number with a wrong
   *     check digit, an account reference that looks like a card number, too many decimals)
   * @throws CustomerNotFoundException if the customer is not in the tenant
   * @throws DuplicateRecordException if the customer already holds the account reference
   */
  Holding record(Caller caller, RecordHolding command);

  /**
   * Makes the stored holdings of {@code customer} match {@code snapshot}, the complete current list
   * from core banking, matched by account reference: new references are inserted
   * ("holding.recorded"), changed ones updated ("holding.updated"), stored ones absent from the
   * snapshot deleted ("holding.removed"), each with its audit entry and event, all in one unit of
   * work. Holdings whose values are unchanged are not written.
   *
   * @return how many holdings were added, updated, removed and left unchanged
   * @throws CommandValidationException listing every invalid field of the snapshot (paths start
   *     with {@code snapshot[i]}), an element for another customer, or an account reference listed
   *     twice
   * @throws CustomerNotFoundException if the customer is not in the tenant
   * @throws ConcurrentUpdateException if a holding changed concurrently; nothing is stored
   */
  RefreshResult refresh(Caller caller, CustomerId customer, List<RecordHolding> snapshot);

  /** The holdings of {@code customer}, closed ones included, ordered by id. */
  List<Holding> of(Caller caller, CustomerId customer);
}
