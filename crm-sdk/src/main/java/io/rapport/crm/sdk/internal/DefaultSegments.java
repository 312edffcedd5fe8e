package io.rapport.crm.sdk.internal;

import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.compliance.access.RecordFilter;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Segments;
import io.rapport.crm.sdk.internal.validation.Arguments;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import io.rapport.crm.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** {@link Segments} over a {@link CommandRunner}. Thread-safe. */
public final class DefaultSegments implements Segments {
  private static final int CHUNK = 1_000;

  private final CommandRunner runner;

  /** The segment use cases. */
  public DefaultSegments(CommandRunner runner) {
    this.runner = runner;
  }

  @Override
  public Segment define(Caller caller, String name, Criterion criteria) {
    Arguments.notNull("define", caller, "caller");
    Arguments.notNull("define", criteria, "criteria");
    Instant now = runner.now();
    SegmentId id = runner.ids().next(SegmentId::new);
    return store(caller, now, () -> Segment.byCriteria(id, name, criteria, now), "define");
  }

  @Override
  public Segment list(Caller caller, String name, Set<CustomerId> customers) {
    Arguments.notNull("list", caller, "caller");
    Arguments.notNull("list", customers, "customers");
    Instant now = runner.now();
    SegmentId id = runner.ids().next(SegmentId::new);
    return store(caller, now, () -> Segment.staticList(id, name, customers, now), "list");
  }

  private Segment store(Caller caller, Instant now, Supplier<Segment> make, String method) {
    Arguments.notNull(method, caller, "caller");
    runner.access().requireProfile(caller, "defining segments");
    ViolationCollector collector = new ViolationCollector(method);
    Segment segment = collector.under("", make);
    collector.throwIfInvalid();
    return runner.write(
        caller,
        now,
        changes -> {
          requireCustomers(changes, segment.list());
          changes.unit().segments().insert(changes.tenant(), segment);
          changes.record(
              "segment",
              segment.id(),
              "segment.defined",
              segment.version(),
              List.of(
                  new FieldChange("name", null, segment.name()),
                  new FieldChange(
                      "kind", null, segment.isStaticList() ? "STATIC_LIST" : "CRITERIA")),
              Map.of("name", segment.name(), "listed", String.valueOf(segment.list().size())));
          return segment;
        });
  }

  @Override
  public Segment get(Caller caller, SegmentId id) {
    TenantId tenant = Arguments.notNull("get", caller, "caller").tenant();
    Arguments.notNull("get", id, "id");
    return runner.read(unit -> visible(caller, unit, unit.segments().get(tenant, id)));
  }

  /** A static list with only the customers {@code caller} may read; a rule-based one as is. */
  private Segment visible(Caller caller, UnitOfWork unit, Segment segment) {
    AccessGuard access = runner.access();
    if (!access.enforced() || !segment.isStaticList()) {
      return segment;
    }
    List<CustomerId> ids = new ArrayList<>(segment.list());
    Set<CustomerId> readable = new HashSet<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      readable.addAll(
          access.readableIds(caller, unit, ids.subList(from, Math.min(ids.size(), from + CHUNK))));
    }
    return new Segment(
        segment.id(), segment.version(), segment.name(), null, readable, segment.createdAt());
  }

  @Override
  public List<CustomerId> preview(Caller caller, SegmentId id, int limit) {
    TenantId tenant = Arguments.notNull("preview", caller, "caller").tenant();
    Arguments.notNull("preview", id, "id");
    ViolationCollector collector = new ViolationCollector("preview");
    if (limit < 1 || limit > 10_000) {
      collector.reject("limit", "Range", "must be between 1 and 10000");
    }
    collector.throwIfInvalid();
    return runner.read(
        unit -> {
          Segment segment = unit.segments().get(tenant, id);
          RecordFilter filter = runner.access().readFilter(caller);
          return segment.isStaticList()
              ? unit.segments().listed(tenant, id, null, limit, filter)
              : unit.segments().members(tenant, segment.criteria(), null, limit, filter);
        });
  }

  /**
   * Checks, {@value #CHUNK} ids per read, that every listed id is a customer of the caller's
   * tenant: an unknown id and another tenant's id are refused alike, so the answer tells nothing
   * about other tenants.
   *
   * @throws CustomerNotFoundException naming the first listed id that is not a customer of the
   *     tenant
   */
  private static void requireCustomers(Changes changes, Set<CustomerId> listed) {
    List<CustomerId> ids = new ArrayList<>(listed);
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<CustomerId> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      Set<CustomerId> found = new HashSet<>();
      for (Customer customer :
          changes
              .unit()
              .customers()
              .findAll(changes.tenant(), chunk, changes.access().readFilter(changes.caller()))) {
        found.add(customer.id());
      }
      for (CustomerId id : chunk) {
        if (!found.contains(id)) {
          throw new CustomerNotFoundException(id);
        }
      }
    }
  }
}
