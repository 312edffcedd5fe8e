package io.rapport.crm.jdbc.internal;

import io.rapport.crm.analytics.PurchaseSummary;
import io.rapport.crm.party.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.function.Consumer;

/**
 * Folds day rows (customer, day, that day's total), ordered by customer and day, into one {@link
 * PurchaseSummary} per customer, handing each to the sink as soon as the next customer starts.
 * Holds one customer's running figures only. Not thread-safe.
 */
final class SummaryFold {
  private final Currency currency;
  private final LocalDate observationEnd;
  private final Consumer<? super PurchaseSummary> sink;
  private String customer;
  private LocalDate first;
  private LocalDate last;
  private int days;
  private BigDecimal total;
  private BigDecimal firstDayValue;

  SummaryFold(Currency currency, LocalDate observationEnd, Consumer<? super PurchaseSummary> sink) {
    this.currency = currency;
    this.observationEnd = observationEnd;
    this.sink = sink;
  }

  /** Adds one purchase day of {@code customerId}. */
  void add(String customerId, LocalDate day, BigDecimal dayTotal) {
    if (!customerId.equals(customer)) {
      finish();
      customer = customerId;
      first = day;
      days = 0;
      total = BigDecimal.ZERO;
      firstDayValue = dayTotal;
    }
    last = day;
    days++;
    total = total.add(dayTotal);
  }

  /** Hands over the summary of the customer in progress, if any. */
  void finish() {
    if (customer == null) {
      return;
    }
    PurchaseSummary summary =
        new PurchaseSummary(
            CustomerId.of(customer),
            first,
            last,
            days,
            FinancialEventRows.money(total, currency).amount(),
            FinancialEventRows.money(firstDayValue, currency).amount(),
            observationEnd);
    customer = null;
    sink.accept(summary);
  }
}
