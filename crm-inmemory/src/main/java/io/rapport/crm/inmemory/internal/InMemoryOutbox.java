package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.EventId;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.spi.Outbox;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@link Outbox} over one {@link Unit}. */
final class InMemoryOutbox implements Outbox {
  private static final Comparator<DomainEvent> OLDEST_FIRST =
      Comparator.comparing(DomainEvent::occurredAt).thenComparing(Ordering.byId(DomainEvent::id));

  private final Unit unit;

  InMemoryOutbox(Unit unit) {
    this.unit = unit;
  }

  @Override
  public void append(TenantId tenant, List<DomainEvent> events) {
    unit.enter(tenant);
    List<DomainEvent> checked = Checks.list(events, "events");
    Set<EventId> seen = new HashSet<>();
    for (DomainEvent event : checked) {
      Checks.argument(
          event.tenant().equals(tenant),
          "events.tenant",
          "event %s belongs to another tenant",
          event.id());
      if (!seen.add(event.id()) || unit.outboxRows.contains(tenant, event.id())) {
        throw new DuplicateRecordException("event", event.id());
      }
    }
    for (DomainEvent event : checked) {
      unit.outboxRows.put(tenant, event.id(), new OutboxRow(event, false));
    }
  }

  @Override
  public List<DomainEvent> pending(TenantId tenant, int limit) {
    unit.enter(tenant);
    Checks.argument(limit >= 1, "limit", "limit must be at least 1 but was %s", limit);
    return unit.outboxRows.values(tenant).stream()
        .filter(row -> !row.delivered())
        .map(OutboxRow::event)
        .sorted(OLDEST_FIRST)
        .limit(limit)
        .toList();
  }

  @Override
  public void markDelivered(TenantId tenant, Collection<EventId> ids) {
    unit.enter(tenant);
    for (EventId id : Checks.list(ids, "ids")) {
      OutboxRow row = unit.outboxRows.get(tenant, id);
      if (row != null && !row.delivered()) {
        unit.outboxRows.put(tenant, id, new OutboxRow(row.event(), true));
      }
    }
  }
}
