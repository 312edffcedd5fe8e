package io.rapport.crm.spi;

import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityId;
import java.util.List;
import java.util.Optional;

/**
 * Opportunities of one tenant in whichever state (open, won, lost). Arguments must not be null.
 * Thread-safety is that of the unit of work the repository belongs to.
 */
public interface OpportunityRepository {

  /**
   * Stores a new opportunity.
   *
   * @throws io.rapport.crm.common.DuplicateRecordException if the id is taken
   */
  void insert(TenantId tenant, Opportunity opportunity);

  /**
   * Replaces a stored opportunity read at {@code opportunity.version()}, possibly in another state;
   * returns it with version + 1.
   *
   * @throws io.rapport.crm.common.ConcurrentUpdateException if the stored version differs
   * @throws RecordNotFoundException if there is no such opportunity
   */
  Opportunity update(TenantId tenant, Opportunity opportunity);

  /** The opportunity with the id, if any. */
  Optional<Opportunity> find(TenantId tenant, OpportunityId id);

  /**
   * The opportunity with the id.
   *
   * @throws RecordNotFoundException if there is none
   */
  default Opportunity get(TenantId tenant, OpportunityId id) {
    return find(tenant, id).orElseThrow(() -> new RecordNotFoundException("opportunity", id));
  }

  /** The opportunities of {@code customer}, every state, ordered by id (canonical text). */
  List<Opportunity> forCustomer(TenantId tenant, CustomerId customer);
}
