package io.rapport.crm.spi;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentHistory;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.party.CustomerId;
import java.util.Collection;
import java.util.Map;

/**
 * The append-only consent history of one tenant's customers and leads. Records are never changed or
 * deleted, so the state at any past time can be answered. Arguments must not be null.
 */
public interface ConsentRepository {

  /**
   * Appends one record.
   *
   * @throws io.rapport.crm.common.DuplicateRecordException if the record id is taken
   */
  void append(TenantId tenant, ConsentRecord record);

  /** The whole history of {@code subject}, oldest first; empty when nothing was recorded. */
  ConsentHistory history(TenantId tenant, ConsentSubject subject);

  /**
   * The histories of many customers at once (at most {@link #MAX_BATCH} ids), one entry per given
   * id, empty histories included. Adapters read them in one round trip.
   *
   * @throws io.rapport.crm.common.InvalidValueException if more than {@link #MAX_BATCH} ids are
   *     given
   */
  Map<CustomerId, ConsentHistory> historiesOf(TenantId tenant, Collection<CustomerId> customers);

  /** The most ids {@link #historiesOf} accepts. */
  int MAX_BATCH = 1_000;
}
