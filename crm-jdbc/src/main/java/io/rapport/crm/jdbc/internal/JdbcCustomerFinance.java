package io.rapport.crm.jdbc.internal;

import io.rapport.crm.analytics.PurchaseSummary;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.finance.FinancialEventType;
import io.rapport.crm.finance.LineKind;
import io.rapport.crm.finance.LineTotal;
import io.rapport.crm.finance.ReportingPeriod;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.CustomerFinanceQueries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.function.Consumer;

/**
 * {@link CustomerFinanceQueries} over one {@link JdbcUnit}: each query is one {@code GROUP BY}
 * statement whose rows stream to the sink.
 *
 * <p>Purchase summaries: the database groups the purchases by customer and day (same-day purchases
 * become one row with their sum), in customer and day order along the customer index; the adapter
 * folds each customer's consecutive day rows into one summary as they arrive, so the JVM holds one
 * customer at a time. Grouping by the constant leading columns too lets H2 aggregate along the
 * index without a hash table.
 */
final class JdbcCustomerFinance implements CustomerFinanceQueries {
  static final int FETCH_SIZE = 1_000;

  private static final String PURCHASE_DAYS =
      """
      SELECT customer_id, event_day, SUM(amount) AS day_total
      FROM rapport_financial_event
      WHERE tenant_id = ? AND event_type = %s AND currency = ? AND event_day <= ?
      GROUP BY tenant_id, event_type, currency, customer_id, event_day
      ORDER BY tenant_id, event_type, currency, customer_id, event_day"""
          .formatted(EnumLiterals.of(FinancialEventType.PURCHASE));

  private static final String LINE_TOTALS =
      """
      SELECT customer_id, product_type, line_kind, currency,
             SUM(amount) AS total, COUNT(*) AS line_count
      FROM rapport_financial_event
      WHERE tenant_id = ? AND event_type IN (%s)
        AND event_day >= ? AND event_day <= ?
      GROUP BY customer_id, product_type, line_kind, currency
      ORDER BY customer_id, COALESCE(product_type, ''), line_kind, currency"""
          .formatted(EnumLiterals.list(FinancialEventType.REVENUE, FinancialEventType.COST));

  private final JdbcUnit unit;

  JdbcCustomerFinance(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public void purchaseSummaries(
      TenantId tenant,
      Currency currency,
      LocalDate observationEnd,
      Consumer<? super PurchaseSummary> sink) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(currency, "currency");
    Checks.notNull(observationEnd, "observationEnd");
    Checks.notNull(sink, "sink");
    SummaryFold fold = new SummaryFold(currency, observationEnd, sink);
    sql.read(
        "summarise purchases",
        () -> {
          sql.stream(
              PURCHASE_DAYS,
              p -> p.id(tenant).text(currency.getCurrencyCode()).date(observationEnd),
              FETCH_SIZE,
              row ->
                  fold.add(
                      row.getString("customer_id"),
                      Columns.date(row, "event_day"),
                      row.getBigDecimal("day_total")));
          return null;
        });
    fold.finish();
  }

  @Override
  public void lineTotals(
      TenantId tenant, ReportingPeriod period, Consumer<? super LineTotal> sink) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(period, "period");
    Checks.notNull(sink, "sink");
    sql.read(
        "total revenue and cost lines",
        () -> {
          sql.stream(
              LINE_TOTALS,
              p -> p.id(tenant).date(period.from()).date(period.to()),
              FETCH_SIZE,
              row -> {
                String product = row.getString("product_type");
                BigDecimal total = row.getBigDecimal("total");
                sink.accept(
                    new LineTotal(
                        CustomerId.of(row.getString("customer_id")),
                        product == null ? null : ProductType.valueOf(product),
                        Columns.enumValue(row, "line_kind", LineKind.class),
                        FinancialEventRows.money(
                            total, Currency.getInstance(row.getString("currency"))),
                        row.getLong("line_count")));
              });
          return null;
        });
  }
}
