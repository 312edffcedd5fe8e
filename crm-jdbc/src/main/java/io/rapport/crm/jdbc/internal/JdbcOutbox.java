package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.EventId;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.spi.Outbox;
import io.rapport.crm.spi.StorageException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Outbox} over one {@link JdbcUnit}. An event is a {@code rapport_outbox_event} row with its
 * JSON payload; {@code occurred_at} (to the microsecond) and {@code occurred_nanos} (the rest)
 * order pending events exactly, and {@code delivered_at} marks delivery.
 */
final class JdbcOutbox implements Outbox {
  private static final String INSERT =
      """
      INSERT INTO rapport_outbox_event
        (tenant_id, event_id, event_type, occurred_at, occurred_nanos, delivered_at, payload)
      VALUES (?, ?, ?, ?, ?, NULL, ?)""";
  private static final String PENDING =
      """
      SELECT payload FROM rapport_outbox_event
      WHERE tenant_id = ? AND delivered_at IS NULL
      ORDER BY occurred_at, occurred_nanos, event_id
      LIMIT ?""";
  private static final String MARK_DELIVERED =
      """
      UPDATE rapport_outbox_event SET delivered_at = ?
      WHERE delivered_at IS NULL AND %s""";

  private final JdbcUnit unit;

  JdbcOutbox(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public void append(TenantId tenant, List<DomainEvent> events) {
    Sql sql = unit.enter(tenant);
    List<DomainEvent> checked = Checks.list(events, "events");
    Set<EventId> seen = new HashSet<>();
    for (DomainEvent event : checked) {
      Checks.argument(
          event.tenant().equals(tenant),
          "events.tenant",
          "event %s belongs to another tenant",
          event.id());
      if (!seen.add(event.id())) {
        throw new DuplicateRecordException("event", event.id());
      }
    }
    if (checked.isEmpty()) {
      return;
    }
    sql.write(
        "append outbox events",
        checked.size() > 1,
        () -> {
          sql.batch(INSERT, checked, (p, event) -> bind(p, tenant, event));
          return null;
        },
        () -> duplicateOf(sql, tenant, checked));
  }

  private static void bind(Params params, TenantId tenant, DomainEvent event) throws SQLException {
    Instant at = event.occurredAt();
    params
        .id(tenant)
        .id(event.id())
        .text(event.type())
        .instant(at)
        .number(at.getNano() % 1000)
        .text(EventJson.write(event));
  }

  private static RuntimeException duplicateOf(Sql sql, TenantId tenant, List<DomainEvent> events)
      throws SQLException {
    Optional<String> taken =
        TakenIds.first(
            sql,
            "rapport_outbox_event",
            "event_id",
            tenant,
            events.stream().map(DomainEvent::id).toList());
    if (taken.isPresent()) {
      return new DuplicateRecordException("event", EventId.of(taken.get()));
    }
    return new StorageException(
        "Storage failed to append outbox events: a unique key was refused but no event id is"
            + " taken now; retry the unit of work");
  }

  @Override
  public List<DomainEvent> pending(TenantId tenant, int limit) {
    Sql sql = unit.enter(tenant);
    Checks.argument(limit >= 1, "limit", "limit must be at least 1 but was %s", limit);
    return sql.read(
        "read pending outbox events",
        () ->
            sql.query(
                PENDING,
                p -> p.id(tenant).number(limit),
                row -> EventJson.read(tenant, row.getString(1))));
  }

  @Override
  public void markDelivered(TenantId tenant, Collection<EventId> ids) {
    Sql sql = unit.enter(tenant);
    List<EventId> wanted = new ArrayList<>(new LinkedHashSet<>(Checks.list(ids, "ids")));
    if (wanted.isEmpty()) {
      return;
    }
    Instant now = unit.clock().instant().truncatedTo(ChronoUnit.MICROS);
    List<List<EventId>> chunks = InLists.chunks(wanted, sql.batchSize());
    sql.write(
        "mark outbox events delivered",
        chunks.size() > 1,
        () -> {
          for (List<EventId> chunk : chunks) {
            sql.update(
                MARK_DELIVERED.formatted(
                    InLists.keyIn(sql.dialect(), "", "event_id", chunk.size())),
                p -> {
                  p.instant(now);
                  InLists.bindKeys(p, sql.dialect(), tenant, chunk);
                });
          }
          return null;
        },
        null);
  }
}
