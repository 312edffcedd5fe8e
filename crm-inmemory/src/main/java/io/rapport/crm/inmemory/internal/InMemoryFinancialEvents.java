package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.finance.ExternalKey;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.finance.FinancialEventType;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.EventWrite;
import io.rapport.crm.spi.FinancialEventRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link FinancialEventRepository} over one {@link Unit}. */
final class InMemoryFinancialEvents implements FinancialEventRepository {
  private final Unit unit;

  InMemoryFinancialEvents(Unit unit) {
    this.unit = unit;
  }

  @Override
  public List<EventWrite> storeNew(TenantId tenant, List<? extends FinancialEvent> events) {
    unit.enter(tenant);
    List<? extends FinancialEvent> all = Checks.list(events, "events");
    List<EventWrite> outcomes = new ArrayList<>(all.size());
    for (FinancialEvent event : all) {
      EventKey key = EventKey.of(event);
      FinancialEvent stored = unit.financialEventRows.get(tenant, key);
      if (stored == null) {
        unit.financialEventRows.put(tenant, key, event);
        outcomes.add(EventWrite.STORED);
      } else {
        outcomes.add(stored.equals(event) ? EventWrite.ALREADY_PRESENT : EventWrite.CONFLICTING);
      }
    }
    return outcomes;
  }

  @Override
  public Optional<FinancialEvent> find(TenantId tenant, FinancialEventType type, ExternalKey key) {
    unit.enter(tenant);
    Checks.notNull(type, "type");
    Checks.notNull(key, "externalKey");
    return Optional.ofNullable(unit.financialEventRows.get(tenant, new EventKey(type, key)));
  }

  @Override
  public List<FinancialEvent> forCustomer(
      TenantId tenant, CustomerId customer, FinancialEvent after, int limit) {
    unit.enter(tenant);
    Checks.notNull(customer, "customer");
    InMemorySegments.checkLimit(limit);
    return unit.financialEventRows.values(tenant).stream()
        .filter(event -> event.customer().equals(customer))
        .filter(event -> after == null || CUSTOMER_ORDER.compare(event, after) > 0)
        .sorted(CUSTOMER_ORDER)
        .limit(limit)
        .toList();
  }

  /** Day, then type name, then external key in code-point (binary) order. */
  private static final Comparator<FinancialEvent> CUSTOMER_ORDER =
      Comparator.comparing(FinancialEvent::day)
          .thenComparing(event -> event.type().name())
          .thenComparing(
              (left, right) -> Ordering.compareCodePoints(left.key().value(), right.key().value()));

  @Override
  public long count(TenantId tenant, FinancialEventType type) {
    unit.enter(tenant);
    Checks.notNull(type, "type");
    return unit.financialEventRows.values(tenant).stream()
        .filter(event -> event.type() == type)
        .count();
  }
}
