package io.rapport.crm.spi;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.merge.MergeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The merge records of one tenant's customers, and the {@link CustomerReferences} that move child
 * rows between customers. No method ever sees or touches another tenant's rows. Arguments must not
 * be null.
 */
public interface CustomerMerges {

  /**
   * Stores a new merge record.
   *
   * @throws io.rapport.crm.common.DuplicateRecordException if the tenant has a merge with the id
   */
  void insert(TenantId tenant, MergeRecord merge);

  /** The merge with the id, if the tenant has one. */
  Optional<MergeRecord> find(TenantId tenant, MergeId id);

  /**
   * Marks the merge undone at {@code at}, once: returns false, changing nothing, when the tenant
   * has no such merge or it is already undone.
   */
  boolean markUndone(TenantId tenant, MergeId id, Instant at);

  /**
   * The standing (not undone) merge that merged {@code customer} away, if any; a survivor is not
   * "merged away" by its own merge.
   */
  Optional<MergeRecord> mergedAway(TenantId tenant, CustomerId customer);

  /**
   * Every kind of row that names a customer, each with its own {@link CustomerReferences#kind()}; a
   * merge moves them all. Bound to this unit of work.
   */
  List<CustomerReferences> references();
}
