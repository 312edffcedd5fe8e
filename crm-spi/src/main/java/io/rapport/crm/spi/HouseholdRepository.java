package io.rapport.crm.spi;

import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdId;
import java.util.List;
import java.util.Optional;

/**
 * Households of one tenant. Across all of a tenant's households, a customer is a member with {@code
 * primaryHousehold = true} at most once; a write that would break this throws {@link
 * io.rapport.crm.party.HouseholdMembershipException} and stores nothing. Arguments must not be
 * null.
 */
public interface HouseholdRepository {

  /**
   * Stores a new household.
   *
   * @throws io.rapport.crm.common.DuplicateRecordException if the id is taken
   * @throws io.rapport.crm.party.HouseholdMembershipException if a member flagged primary already
   *     has another primary household
   */
  void insert(TenantId tenant, Household household);

  /**
   * Stores many new households with their members using batched writes: the number of round trips
   * grows with the number of households and members divided by the adapter's batch size, not with
   * the number of households. The default calls {@link #insert} once per household, in list order;
   * adapters override it. Thread-safety is that of the unit of work the repository belongs to.
   *
   * @param households the households to store, none null; an empty list stores nothing
   * @throws io.rapport.crm.common.DuplicateRecordException if an id is taken, by a stored household
   *     or by another one of the list; the unit of work then rolls back
   * @throws io.rapport.crm.party.HouseholdMembershipException if a member flagged primary already
   *     has another primary household, stored or in the list; the unit of work then rolls back
   */
  default void insertAll(TenantId tenant, List<Household> households) {
    for (Household household : households) {
      insert(tenant, household);
    }
  }

  /**
   * Replaces a stored household read at {@code household.version()}; returns it with version + 1.
   *
   * @throws io.rapport.crm.common.ConcurrentUpdateException if the stored version differs
   * @throws RecordNotFoundException if there is no such household
   * @throws io.rapport.crm.party.HouseholdMembershipException if a member flagged primary already
   *     has another primary household
   */
  Household update(TenantId tenant, Household household);

  /** The household with the id, if any. */
  Optional<Household> find(TenantId tenant, HouseholdId id);

  /**
   * The household with the id.
   *
   * @throws RecordNotFoundException if there is none
   */
  default Household get(TenantId tenant, HouseholdId id) {
    return find(tenant, id).orElseThrow(() -> new RecordNotFoundException("household", id));
  }

  /**
   * The households {@code customer} is a member of, ordered by id (canonical lower-case text,
   * compared by code point).
   */
  List<Household> forMember(TenantId tenant, CustomerId customer);
}
