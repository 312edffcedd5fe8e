package io.rapport.crm.spi;

import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.access.RecordFilter;
import io.rapport.crm.party.CustomerId;
import java.util.List;
import java.util.Optional;

/**
 * Segments of one tenant and the customers their criteria select. Membership follows the reference
 * semantics of {@link SegmentCriteria#matches}: every adapter must select exactly the customers it
 * accepts, and adapters with {@link StorageFeature#QUERY_PUSHDOWN} do so inside the store.
 * Arguments must not be null unless stated.
 */
public interface SegmentRepository {

  /**
   * Stores a new segment with its static list.
   *
   * @throws io.rapport.crm.common.DuplicateRecordException if the id is taken
   */
  void insert(TenantId tenant, Segment segment);

  /**
   * Replaces a segment read at {@code segment.version()}; returns it with version + 1.
   *
   * @throws io.rapport.crm.common.ConcurrentUpdateException if the stored version differs
   * @throws RecordNotFoundException if there is no such segment
   */
  Segment update(TenantId tenant, Segment segment);

  /** The segment with the id, if any. */
  Optional<Segment> find(TenantId tenant, SegmentId id);

  /**
   * The segment with the id.
   *
   * @throws RecordNotFoundException if there is none
   */
  default Segment get(TenantId tenant, SegmentId id) {
    return find(tenant, id).orElseThrow(() -> new RecordNotFoundException("segment", id));
  }

  /**
   * One page of the customers {@code criteria} selects, ordered by id text, starting after {@code
   * after} (null for the first page), at most {@code limit} (1 to 10,000) ids. One round trip.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the limit is out of range
   */
  default List<CustomerId> members(
      TenantId tenant, Criterion criteria, CustomerId after, int limit) {
    return members(tenant, criteria, after, limit, RecordFilter.unrestricted());
  }

  /**
   * As {@link #members(TenantId, Criterion, CustomerId, int)}, selecting only customers {@code
   * filter} matches, in the query: pages stay full.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the limit is out of range
   */
  List<CustomerId> members(
      TenantId tenant, Criterion criteria, CustomerId after, int limit, RecordFilter filter);

  /**
   * One page of the stored customers on the static list of {@code segment} (ids of customers no
   * longer stored are skipped), ordered and paged as {@link #members}.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the limit is out of range
   */
  default List<CustomerId> listed(TenantId tenant, SegmentId segment, CustomerId after, int limit) {
    return listed(tenant, segment, after, limit, RecordFilter.unrestricted());
  }

  /**
   * As {@link #listed(TenantId, SegmentId, CustomerId, int)}, selecting only customers {@code
   * filter} matches, in the query.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the limit is out of range
   */
  List<CustomerId> listed(
      TenantId tenant, SegmentId segment, CustomerId after, int limit, RecordFilter filter);

  /**
   * The static lists that hold {@code customer}, ordered by segment id text, each with its list
   * narrowed to {@code customer} alone: what a subject-access export may show of a list without
   * naming the other people on it. A customer is on few lists, so the result is not paged.
   *
   * @throws io.rapport.crm.common.InvalidValueException if {@code customer} is null
   */
  List<Segment> listsHolding(TenantId tenant, CustomerId customer);
}
