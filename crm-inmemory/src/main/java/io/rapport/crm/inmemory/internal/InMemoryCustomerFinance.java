package io.rapport.crm.inmemory.internal;

import io.rapport.crm.analytics.PurchaseSummary;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.finance.FinancialLine;
import io.rapport.crm.finance.LineKind;
import io.rapport.crm.finance.LineTotal;
import io.rapport.crm.finance.Purchase;
import io.rapport.crm.finance.ReportingPeriod;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.CustomerFinanceQueries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@link io.rapport.crm.spi.CustomerFinanceQueries} over one {@link Unit}: the same aggregates the
 * SQL adapters compute, computed directly from the rows.
 */
final class InMemoryCustomerFinance implements CustomerFinanceQueries {
  private static final Comparator<LineTotal> TOTAL_ORDER =
      Comparator.comparing((LineTotal total) -> total.customer().toString())
          .thenComparing(total -> total.product() == null ? "" : total.product().name())
          .thenComparing(total -> total.kind().name())
          .thenComparing(total -> total.total().currency().getCurrencyCode());

  private final Unit unit;

  InMemoryCustomerFinance(Unit unit) {
    this.unit = unit;
  }

  @Override
  public void purchaseSummaries(
      TenantId tenant,
      Currency currency,
      LocalDate observationEnd,
      Consumer<? super PurchaseSummary> sink) {
    unit.enter(tenant);
    Checks.notNull(currency, "currency");
    Checks.notNull(observationEnd, "observationEnd");
    Checks.notNull(sink, "sink");
    Map<String, NavigableMap<LocalDate, BigDecimal>> days = new TreeMap<>();
    for (FinancialEvent event : unit.financialEventRows.values(tenant)) {
      if (event instanceof Purchase purchase
          && purchase.amount().currency().equals(currency)
          && !purchase.day().isAfter(observationEnd)) {
        days.computeIfAbsent(purchase.customer().toString(), c -> new TreeMap<>())
            .merge(purchase.day(), purchase.amount().amount(), BigDecimal::add);
      }
    }
    days.forEach(
        (customer, perDay) -> {
          BigDecimal total = perDay.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
          sink.accept(
              new PurchaseSummary(
                  CustomerId.of(customer),
                  perDay.firstKey(),
                  perDay.lastKey(),
                  perDay.size(),
                  Money.of(total, currency).amount(),
                  Money.of(perDay.firstEntry().getValue(), currency).amount(),
                  observationEnd));
        });
  }

  @Override
  public void lineTotals(
      TenantId tenant, ReportingPeriod period, Consumer<? super LineTotal> sink) {
    unit.enter(tenant);
    Checks.notNull(period, "period");
    Checks.notNull(sink, "sink");
    Map<TotalKey, List<FinancialLine>> groups =
        unit.financialEventRows.values(tenant).stream()
            .filter(event -> event instanceof FinancialLine && period.contains(event.day()))
            .map(FinancialLine.class::cast)
            .collect(Collectors.groupingBy(TotalKey::of));
    groups.entrySet().stream()
        .map(
            group ->
                new LineTotal(
                    group.getKey().customer(),
                    group.getKey().product(),
                    group.getKey().kind(),
                    group.getValue().stream()
                        .map(FinancialLine::amount)
                        .reduce(Money.zero(group.getKey().currency()), Money::plus),
                    group.getValue().size()))
        .sorted(TOTAL_ORDER)
        .forEach(sink);
  }

  /** What line totals are grouped by. */
  private record TotalKey(
      CustomerId customer, ProductType product, LineKind kind, Currency currency) {
    static TotalKey of(FinancialLine line) {
      return new TotalKey(line.customer(), line.product(), line.kind(), line.amount().currency());
    }
  }
}
