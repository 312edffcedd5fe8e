package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.finance.ExternalKey;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.finance.FinancialEventType;
import io.rapport.crm.jdbc.Dialect;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.EventWrite;
import io.rapport.crm.spi.FinancialEventRepository;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link FinancialEventRepository} over one {@link JdbcUnit}: per batch of keys one lookup of the
 * stored ones, then one insert batch per batch of new events. The primary key {@code (tenant_id,
 * event_type, external_key)} refuses what a concurrent unit slipped in.
 */
final class JdbcFinancialEvents implements FinancialEventRepository {
  private static final String TYPE = "financial event";
  private static final String FIND =
      """
      SELECT %s FROM rapport_financial_event
      WHERE tenant_id = ? AND event_type = ? AND external_key = ?"""
          .formatted(FinancialEventRows.COLUMNS);
  private static final String COUNT =
      "SELECT COUNT(*) FROM rapport_financial_event WHERE tenant_id = ? AND event_type = ?";
  private static final String FIND_ALL =
      """
      SELECT %s FROM rapport_financial_event
      WHERE %%s"""
          .formatted(FinancialEventRows.COLUMNS);

  private final JdbcUnit unit;

  JdbcFinancialEvents(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public List<EventWrite> storeNew(TenantId tenant, List<? extends FinancialEvent> events) {
    Sql sql = unit.enter(tenant);
    List<? extends FinancialEvent> all = Checks.list(events, "events");
    Map<StoredKey, FinancialEvent> known =
        sql.read("find stored financial events", () -> stored(sql, tenant, all));
    List<EventWrite> outcomes = new ArrayList<>(all.size());
    List<FinancialEvent> fresh = new ArrayList<>();
    for (FinancialEvent event : all) {
      StoredKey key = StoredKey.of(event);
      FinancialEvent first = known.putIfAbsent(key, event);
      if (first == null) {
        fresh.add(event);
        outcomes.add(EventWrite.STORED);
      } else {
        outcomes.add(first.equals(event) ? EventWrite.ALREADY_PRESENT : EventWrite.CONFLICTING);
      }
    }
    if (!fresh.isEmpty()) {
      sql.write(
          "store financial events",
          fresh.size() > 1,
          () -> {
            sql.batch(
                FinancialEventRows.INSERT,
                fresh,
                (p, event) -> FinancialEventRows.bindInsert(p, tenant, event));
            return null;
          },
          () -> new DuplicateRecordException(TYPE, fresh.get(0).type() + "/" + fresh.get(0).key()));
    }
    return Collections.unmodifiableList(outcomes);
  }

  /** The stored events with the keys of {@code events}: one query per type and batch of keys. */
  private static Map<StoredKey, FinancialEvent> stored(
      Sql sql, TenantId tenant, List<? extends FinancialEvent> events) throws SQLException {
    Map<FinancialEventType, Set<String>> keysByType = new LinkedHashMap<>();
    for (FinancialEvent event : events) {
      keysByType.computeIfAbsent(event.type(), t -> new LinkedHashSet<>()).add(event.key().value());
    }
    Map<StoredKey, FinancialEvent> found = new HashMap<>();
    for (Map.Entry<FinancialEventType, Set<String>> entry : keysByType.entrySet()) {
      String type = entry.getKey().name();
      for (List<String> chunk : InLists.chunks(List.copyOf(entry.getValue()), sql.batchSize())) {
        for (FinancialEvent event :
            sql.query(
                FIND_ALL.formatted(keyIn(sql.dialect(), chunk.size())),
                p -> bindKeys(p, sql.dialect(), tenant, type, chunk),
                FinancialEventRows::read)) {
          found.put(StoredKey.of(event), event);
        }
      }
    }
    return found;
  }

  /**
   * "This tenant and type, one of {@code count} keys"; on H2 a row-value list, which H2 looks up in
   * the primary key (it would scan the tenant's rows for an IN list on a later key column).
   */
  private static String keyIn(Dialect dialect, int count) {
    if (dialect == Dialect.H2) {
      return "(tenant_id, event_type, external_key) IN (%s)"
          .formatted(String.join(", ", Collections.nCopies(count, "(?, ?, ?)")));
    }
    return "tenant_id = ? AND event_type = ? AND external_key IN (%s)"
        .formatted(InLists.markers(count));
  }

  private static void bindKeys(
      Params params, Dialect dialect, TenantId tenant, String type, List<String> keys)
      throws SQLException {
    if (dialect == Dialect.H2) {
      for (String key : keys) {
        params.id(tenant).text(type).text(key);
      }
      return;
    }
    params.id(tenant).text(type);
    for (String key : keys) {
      params.text(key);
    }
  }

  @Override
  public Optional<FinancialEvent> find(TenantId tenant, FinancialEventType type, ExternalKey key) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(type, "type");
    Checks.notNull(key, "externalKey");
    return sql.read(
        "find a financial event",
        () ->
            sql.queryFirst(
                FIND,
                p -> p.id(tenant).text(type.name()).text(key.value()),
                FinancialEventRows::read));
  }

  @Override
  public long count(TenantId tenant, FinancialEventType type) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(type, "type");
    return sql.read(
        "count financial events",
        () ->
            sql.queryFirst(COUNT, p -> p.id(tenant).text(type.name()), row -> row.getLong(1))
                .orElse(0L));
  }

  @Override
  public List<FinancialEvent> forCustomer(
      TenantId tenant, CustomerId customer, FinancialEvent after, int limit) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(customer, "customer");
    JdbcSegments.checkLimit(limit);
    return sql.read(
        "page the financial events of a customer",
        () -> SubjectReads.events(sql, tenant, customer, after, limit));
  }

  /** The identity of an event within a tenant. */
  private record StoredKey(FinancialEventType type, ExternalKey key) {
    static StoredKey of(FinancialEvent event) {
      return new StoredKey(event.type(), event.key());
    }
  }
}
