package io.rapport.crm.spi;

import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingId;
import java.util.List;
import java.util.Optional;

/**
 * Holdings (products) of one tenant's customers. A customer holds a given account reference at most
 * once. Arguments must not be null.
 */
public interface HoldingRepository {

  /**
   * Stores a new holding.
   *
   * @throws io.rapport.crm.common.DuplicateRecordException if the id is taken, or the customer
   *     already holds the account reference
   */
  void insert(TenantId tenant, Holding holding);

  /**
   * Stores many new holdings with batched writes (round trips grow with count / batch size).
   *
   * @throws io.rapport.crm.common.DuplicateRecordException as {@link #insert}
   */
  void insertAll(TenantId tenant, List<Holding> holdings);

  /**
   * Replaces a stored holding read at {@code holding.version()}; returns it with version + 1.
   *
   * @throws io.rapport.crm.common.ConcurrentUpdateException if the stored version differs
   * @throws RecordNotFoundException if there is no such holding
   * @throws io.rapport.crm.common.DuplicateRecordException if the customer already holds the new
   *     account reference under another holding
   */
  Holding update(TenantId tenant, Holding holding);

  /**
   * Deletes the holding read at {@code expectedVersion}.
   *
   * @throws io.rapport.crm.common.ConcurrentUpdateException if the stored version differs
   * @throws RecordNotFoundException if there is no such holding
   */
  void delete(TenantId tenant, HoldingId id, long expectedVersion);

  /** The holding with the id, if any. */
  Optional<Holding> find(TenantId tenant, HoldingId id);

  /**
   * The holdings of {@code customer}, closed ones included, ordered by id (canonical lower-case
   * text, compared by code point).
   */
  List<Holding> forCustomer(TenantId tenant, CustomerId customer);
}
