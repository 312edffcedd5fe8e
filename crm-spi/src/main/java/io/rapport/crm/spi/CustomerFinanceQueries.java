package io.rapport.crm.spi;

import io.rapport.crm.analytics.PurchaseSummary;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.finance.LineTotal;
import io.rapport.crm.finance.ReportingPeriod;
import java.time.LocalDate;
import java.util.Currency;
import java.util.function.Consumer;

/**
 * Per-customer aggregates of the stored financial events, computed where the events are: adapters
 * with {@link StorageFeature#QUERY_PUSHDOWN} run each method as one SQL {@code GROUP BY} statement
 * whatever the number of events or customers, and stream its rows to the caller's sink, so neither
 * the events nor all the results are ever held in memory at once. Results are identical on every
 * adapter (crm-tck checks golden values). Arguments must not be null. Used within one unit of work
 * on one thread; the sink must not use the unit of work.
 */
public interface CustomerFinanceQueries {

  /**
   * Hands {@code sink} one {@link PurchaseSummary} per customer with at least one purchase in
   * {@code currency} on or before {@code observationEnd}, in ascending order of customer id
   * (canonical text). Purchases in other currencies and after {@code observationEnd} are ignored;
   * purchases on one day count as one purchase day whose value is their sum. Amounts have the
   * currency's number of decimals. Every summary has {@code observationEnd} as its end.
   *
   * @throws RuntimeException whatever {@code sink} throws, unchanged
   */
  void purchaseSummaries(
      TenantId tenant,
      Currency currency,
      LocalDate observationEnd,
      Consumer<? super PurchaseSummary> sink);

  /**
   * Hands {@code sink} the totals of the revenue and cost lines booked in {@code period}, one per
   * customer, product (null for lines without one), kind and currency, ordered by customer id, then
   * product name (lines without a product first), kind name and currency code. Currencies are never
   * added together.
   *
   * @throws RuntimeException whatever {@code sink} throws, unchanged
   */
  void lineTotals(TenantId tenant, ReportingPeriod period, Consumer<? super LineTotal> sink);
}
