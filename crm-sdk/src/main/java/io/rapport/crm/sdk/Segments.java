package io.rapport.crm.sdk;

import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.party.CustomerId;
import java.util.List;
import java.util.Set;

/**
 * Target groups for campaigns: rule-based segments over customer attributes and holdings, and
 * static lists of customer ids. Each new segment is audited and emits {@code segment.defined}. A
 * null argument is refused with a {@link CommandValidationException} naming it. Thread-safe.
 */
public interface Segments {

  /**
   * Stores a rule-based segment.
   *
   * @throws CommandValidationException if the name is blank or longer than 200 characters
   */
  Segment define(Caller caller, String name, Criterion criteria);

  /**
   * Stores a static list of imported or hand-picked customer ids. Every id must be a customer of
   * the caller's tenant: an unknown id is refused exactly like another tenant's customer id, so the
   * refusal tells nothing about other tenants.
   *
   * @throws CommandValidationException if the name is blank or too long, or the list too large
   * @throws io.rapport.crm.party.CustomerNotFoundException naming the first listed id that is not a
   *     customer of the caller's tenant; nothing is stored
   */
  Segment list(Caller caller, String name, Set<CustomerId> customers);

  /**
   * The segment.
   *
   * @throws RecordNotFoundException if it is not in the tenant
   */
  Segment get(Caller caller, SegmentId id);

  /**
   * The first {@code limit} (1 to 10,000) customers the segment selects now, by id.
   *
   * @throws RecordNotFoundException if the segment is not in the tenant
   * @throws CommandValidationException if the limit is out of range
   */
  List<CustomerId> preview(Caller caller, SegmentId id, int limit);
}
