package io.rapport.crm.sdk;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdId;
import io.rapport.crm.party.HouseholdMembershipException;
import io.rapport.crm.party.HouseholdRole;
import java.util.List;

/**
 * Groups customers of the caller's tenant into households. A customer is flagged primary-household
 * in at most one household. Changes are audited and emit events in the same unit of work. A null
 * argument is refused with a {@link CommandValidationException} naming it. Thread-safe.
 */
public interface Households {

  /**
   * Creates a household of existing customers (version 1) and records "household.created".
   *
   * @throws CommandValidationException listing every invalid field, or if a customer is listed
   *     twice or the primary member is not a member
   * @throws CustomerNotFoundException if a member is not in the tenant
   * @throws HouseholdMembershipException if a member flagged primary-household already has another
   *     primary household; nothing is stored
   */
  Household create(Caller caller, CreateHousehold command);

  /**
   * Adds an existing customer to the household and records "household.member-added".
   *
   * @param primaryHousehold whether this becomes the customer's primary household
   * @throws CommandValidationException if {@code role} is null or the version is below 1
   * @throws RecordNotFoundException if the tenant has no such household
   * @throws CustomerNotFoundException if the customer is not in the tenant
   * @throws ConcurrentUpdateException if {@code expectedVersion} is not current
   * @throws HouseholdMembershipException if the customer is already a member, or is flagged
   *     primary-household and already has another primary household
   */
  Household addMember(
      Caller caller,
      HouseholdId id,
      long expectedVersion,
      CustomerId customer,
      HouseholdRole role,
      boolean primaryHousehold);

  /**
   * Removes a member and records "household.member-removed".
   *
   * @throws RecordNotFoundException if the tenant has no such household
   * @throws ConcurrentUpdateException if {@code expectedVersion} is not current
   * @throws HouseholdMembershipException if the customer is not a member or is the primary member
   */
  Household removeMember(Caller caller, HouseholdId id, long expectedVersion, CustomerId customer);

  /**
   * Makes another member the primary member and records "household.primary-member-changed". When
   * the customer already is the primary member, nothing is written.
   *
   * @throws RecordNotFoundException if the tenant has no such household
   * @throws ConcurrentUpdateException if {@code expectedVersion} is not current
   * @throws HouseholdMembershipException if the customer is not a member
   */
  Household changePrimaryMember(
      Caller caller, HouseholdId id, long expectedVersion, CustomerId customer);

  /**
   * The household with the id.
   *
   * @throws RecordNotFoundException if the tenant has none
   */
  Household get(Caller caller, HouseholdId id);

  /** The households {@code customer} is a member of, ordered by id. */
  List<Household> of(Caller caller, CustomerId customer);
}
