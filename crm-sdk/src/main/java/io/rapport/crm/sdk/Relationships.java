package io.rapport.crm.sdk;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.RelationshipId;
import java.time.LocalDate;
import java.util.List;

/**
 * Links customers of the caller's tenant to each other. Changes are audited and emit events in the
 * same unit of work. A null argument is refused with a {@link CommandValidationException} naming
 * it. Thread-safe.
 */
public interface Relationships {

  /**
   * Links two existing customers (version 1) and records "relationship.linked".
   *
   * @throws CommandValidationException listing every invalid field, or if a customer would be
   *     linked to itself
   * @throws CustomerNotFoundException if either customer is not in the tenant
   * @throws RelationshipRuleException if the type needs an organisation target and {@code to} is a
   *     person, or an active link of the same type already joins the two (either direction for
   *     symmetric types)
   */
  Relationship link(Caller caller, LinkCustomers command);

  /**
   * Ends a relationship: {@code lastDay} is its last day in force. It stays as history. Records
   * "relationship.unlinked".
   *
   * @throws CommandValidationException if {@code lastDay} is null or before the start, the
   *     relationship has already ended, or the version is below 1
   * @throws RecordNotFoundException if the tenant has no such relationship
   * @throws ConcurrentUpdateException if {@code expectedVersion} is not current
   */
  Relationship unlink(Caller caller, RelationshipId id, long expectedVersion, LocalDate lastDay);

  /** Every relationship {@code customer} is a party of, ended ones included, ordered by id. */
  List<Relationship> of(Caller caller, CustomerId customer);
}
