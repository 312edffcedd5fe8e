package io.rapport.crm.spi;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.finance.ExternalKey;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.finance.FinancialEventType;
import io.rapport.crm.party.CustomerId;
import java.util.List;
import java.util.Optional;

/**
 * Financial events of one tenant, imported from core banking. Append-only and idempotent: an event
 * is identified by its {@link FinancialEvent#type() type} and {@link FinancialEvent#key() external
 * key}, stored once, never updated or deleted. Arguments must not be null. Used within one unit of
 * work on one thread.
 */
public interface FinancialEventRepository {

  /**
   * Stores the events whose keys are new and reports, per event, what happened: {@link
   * EventWrite#STORED}, {@link EventWrite#ALREADY_PRESENT} (same key, equal values: re-imported) or
   * {@link EventWrite#CONFLICTING} (same key, other values). A key repeated within {@code events}
   * is judged against its first occurrence. Batched: round trips grow with the number of events
   * divided by the batch size (a key lookup per batch, an insert batch per batch of new events),
   * never with single events.
   *
   * @return one outcome per event, in the order given
   * @throws io.rapport.crm.common.DuplicateRecordException if a concurrent unit of work stored one
   *     of the new keys first; nothing of this call is stored, and a retry reports the key
   * @throws io.rapport.crm.common.InvalidValueException if {@code events} is or holds null
   */
  List<EventWrite> storeNew(TenantId tenant, List<? extends FinancialEvent> events);

  /** The stored event of {@code type} with {@code key}, if any. */
  Optional<FinancialEvent> find(TenantId tenant, FinancialEventType type, ExternalKey key);

  /** How many events of {@code type} the tenant has. */
  long count(TenantId tenant, FinancialEventType type);

  /**
   * One keyset page of the customer's events, ordered by day, then type name, then external key (in
   * binary order), after {@code after} (null for the first page; otherwise the last event of the
   * previous page, which need not still be stored), at most {@code limit} (1 to 10,000). A page
   * shorter than {@code limit} is the last. Each call reads one page only, so a long history is
   * read page by page in bounded memory.
   *
   * @throws io.rapport.crm.common.InvalidValueException if {@code customer} is null or the limit is
   *     out of range
   */
  List<FinancialEvent> forCustomer(
      TenantId tenant, CustomerId customer, FinancialEvent after, int limit);
}
