package io.rapport.crm.inmemory.internal;

import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.ScoreKind;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.access.RecordFilter;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Holding;
import io.rapport.crm.spi.SegmentCriteria;
import io.rapport.crm.spi.SegmentRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** {@link SegmentRepository} over one {@link Unit}: criteria evaluated directly. */
final class InMemorySegments implements SegmentRepository {
  private static final String TYPE = "segment";
  private final Unit unit;

  InMemorySegments(Unit unit) {
    this.unit = unit;
  }

  @Override
  public void insert(TenantId tenant, Segment segment) {
    unit.enter(tenant);
    Checks.notNull(segment, TYPE);
    if (unit.segmentRows.contains(tenant, segment.id())) {
      throw new DuplicateRecordException(TYPE, segment.id());
    }
    unit.segmentRows.put(tenant, segment.id(), segment);
  }

  @Override
  public Segment update(TenantId tenant, Segment segment) {
    unit.enter(tenant);
    Checks.notNull(segment, TYPE);
    Segment stored = unit.segmentRows.get(tenant, segment.id());
    if (stored == null) {
      throw new RecordNotFoundException(TYPE, segment.id());
    }
    if (stored.version() != segment.version()) {
      throw new ConcurrentUpdateException(TYPE, segment.id(), segment.version());
    }
    Segment updated = segment.withVersion(segment.version() + 1);
    unit.segmentRows.put(tenant, updated.id(), updated);
    return updated;
  }

  @Override
  public List<Segment> listsHolding(TenantId tenant, CustomerId customer) {
    unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return unit.segmentRows.values(tenant).stream()
        .filter(segment -> segment.isStaticList() && segment.list().contains(customer))
        .sorted(Ordering.byId(Segment::id))
        .map(
            segment ->
                new Segment(
                    segment.id(),
                    segment.version(),
                    segment.name(),
                    null,
                    Set.of(customer),
                    segment.createdAt()))
        .toList();
  }

  @Override
  public Optional<Segment> find(TenantId tenant, SegmentId id) {
    unit.enter(tenant);
    Checks.notNull(id, "id");
    return Optional.ofNullable(unit.segmentRows.get(tenant, id));
  }

  @Override
  public List<CustomerId> members(
      TenantId tenant, Criterion criteria, CustomerId after, int limit, RecordFilter filter) {
    unit.enter(tenant);
    Checks.notNull(criteria, "criteria");
    checkLimit(limit);
    Map<CustomerId, List<Holding>> holdings = holdingsByCustomer(unit, tenant);
    Map<CustomerId, Map<ScoreKind, CustomerScore>> scores =
        InMemoryCustomerScores.byCustomer(unit, tenant);
    return page(
        tenant,
        after,
        limit,
        filter,
        customer ->
            SegmentCriteria.matches(
                criteria,
                customer,
                holdings.getOrDefault(customer.id(), List.of()),
                scores.getOrDefault(customer.id(), Map.of())));
  }

  @Override
  public List<CustomerId> listed(
      TenantId tenant, SegmentId segment, CustomerId after, int limit, RecordFilter filter) {
    unit.enter(tenant);
    checkLimit(limit);
    Segment stored = unit.segmentRows.get(tenant, Checks.notNull(segment, "segment"));
    if (stored == null) {
      return List.of();
    }
    return page(tenant, after, limit, filter, customer -> stored.list().contains(customer.id()));
  }

  private List<CustomerId> page(
      TenantId tenant,
      CustomerId after,
      int limit,
      RecordFilter filter,
      Predicate<Customer> selected) {
    Predicate<Customer> visible = AccessFilters.of(filter);
    String from = after == null ? null : after.toString();
    return unit.customerRows.values(tenant).stream()
        .filter(c -> from == null || Ordering.compareCodePoints(c.id().toString(), from) > 0)
        .sorted(Ordering.byId(Customer::id))
        .filter(visible)
        .filter(selected)
        .limit(limit)
        .map(Customer::id)
        .toList();
  }

  static void checkLimit(int limit) {
    Checks.argument(
        limit >= 1 && limit <= 10_000, "limit", "limit must be 1..10000 but was %s", limit);
  }

  private static Map<CustomerId, List<Holding>> holdingsByCustomer(Unit unit, TenantId tenant) {
    Map<CustomerId, List<Holding>> result = new HashMap<>();
    for (Holding holding : unit.holdingRows.values(tenant)) {
      result.computeIfAbsent(holding.customer(), c -> new ArrayList<>()).add(holding);
    }
    return result;
  }
}
