package io.rapport.crm.spi;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.StageChange;
import java.util.List;

/**
 * The stage history of opportunities, append-only: one entry per opening, move, win, loss and
 * reopening, keyed by the opportunity and its version after the change. Arguments must not be null.
 * Thread-safety is that of the unit of work the port belongs to.
 */
public interface StageHistory {

  /**
   * Appends an entry.
   *
   * @throws io.rapport.crm.common.DuplicateRecordException if the opportunity already has an entry
   *     at that version
   */
  void append(TenantId tenant, StageChange change);

  /** The entries of the opportunity, oldest (lowest version) first; empty if none. */
  List<StageChange> of(TenantId tenant, OpportunityId opportunity);
}
