package io.rapport.crm.spi;

import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.StageChange;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
   * Stores new opportunities together with their stage-history entries (at least each one's opening
   * entry; a data generator may give whole histories), all or nothing. Adapters batch the rows:
   * crm-jdbc sends ceil(n / batch size) batches per table.
   *
   * @param history entries of these opportunities only, each (opportunity, version) at most once
   * @throws io.rapport.crm.common.InvalidValueException if an entry belongs to none of {@code
   *     opportunities} or an opportunity has no entry
   * @throws io.rapport.crm.common.DuplicateRecordException if an id is taken or given twice
   */
  void insertAll(TenantId tenant, List<Opportunity> opportunities, List<StageChange> history);

  /**
   * The checks every adapter makes before {@link #insertAll} stores anything: no null, no id twice,
   * every entry belongs to one of the opportunities, every opportunity has an entry.
   *
   * @throws io.rapport.crm.common.InvalidValueException if an entry belongs to none of {@code
   *     opportunities} or an opportunity has no entry
   * @throws io.rapport.crm.common.DuplicateRecordException if an id is given twice
   */
  static void checkBatch(List<Opportunity> opportunities, List<StageChange> history) {
    Checks.list(opportunities, "opportunities");
    Checks.list(history, "history");
    Set<OpportunityId> ids = new HashSet<>();
    for (Opportunity opportunity : opportunities) {
      if (!ids.add(opportunity.id())) {
        throw new DuplicateRecordException("opportunity", opportunity.id());
      }
    }
    Set<OpportunityId> covered = new HashSet<>();
    for (StageChange change : history) {
      Checks.argument(
          ids.contains(change.opportunity()),
          "history",
          "stage change of opportunity %s which is not in the batch",
          change.opportunity());
      covered.add(change.opportunity());
    }
    for (OpportunityId id : ids) {
      Checks.argument(
          covered.contains(id), "history", "opportunity %s has no stage-history entry", id);
    }
  }

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
