package io.rapport.crm.analytics;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reduces purchases to one {@link PurchaseSummary} per customer, in memory: the reference for what
 * storage adapters compute in the database. Purchases after {@code observationEnd} are ignored; a
 * customer whose first purchase is after it gets no summary. Same-day purchases form one purchase
 * day whose value is their sum.
 */
public final class PurchaseSummaries {
  private PurchaseSummaries() {}

  /**
   * One summary per customer with a purchase on or before {@code observationEnd}, in first-seen
   * order.
   */
  public static List<PurchaseSummary> summarise(
      Collection<Purchase> purchases, LocalDate observationEnd) {
    Checks.notNull(purchases, "purchases");
    Checks.notNull(observationEnd, "observationEnd");
    Map<CustomerId, TreeMap<LocalDate, BigDecimal>> days = new LinkedHashMap<>();
    for (Purchase purchase : purchases) {
      Checks.notNull(purchase, "purchase");
      if (!purchase.day().isAfter(observationEnd)) {
        days.computeIfAbsent(purchase.customer(), id -> new TreeMap<>())
            .merge(purchase.day(), purchase.amount(), BigDecimal::add);
      }
    }
    List<PurchaseSummary> summaries = new ArrayList<>(days.size());
    days.forEach(
        (customer, values) -> {
          BigDecimal total = values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
          summaries.add(
              new PurchaseSummary(
                  customer,
                  values.firstKey(),
                  values.lastKey(),
                  values.size(),
                  total,
                  values.firstEntry().getValue(),
                  observationEnd));
        });
    return summaries;
  }
}
