package io.rapport.crm.examples.cli.demo;

import io.rapport.crm.analytics.CustomerProfit;
import io.rapport.crm.analytics.ModelFitException;
import io.rapport.crm.analytics.RfmScore;
import io.rapport.crm.analytics.RfmSegment;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.MissingExchangeRateException;
import io.rapport.crm.common.Money;
import io.rapport.crm.finance.ReportingPeriod;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.CustomerValue;
import io.rapport.crm.sdk.KpiReport;
import io.rapport.crm.sdk.LifetimeValueFit;
import io.rapport.crm.sdk.ProfitabilityReport;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The demo's analytics section, through {@code crm.analytics()}: the five customers with the
 * highest predicted lifetime value (BG/NBD + Gamma-Gamma over the stored purchases, 52 weeks, 10 %
 * discount) with their P(alive), the RFM segment counts, the profit deciles of the last twelve
 * months and the KPIs, in EUR as of a given day. Prints "no purchases stored" when there are none,
 * and says so when a model cannot be fitted or an amount has no exchange rate.
 */
public final class AnalyticsSection {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final int TOP = 5;

  private AnalyticsSection() {}

  /**
   * Prints the section for the tenant of {@code caller} as of {@code today}, converting amounts in
   * other currencies to EUR with {@code rates}.
   */
  public static void print(
      PrintWriter out, Crm crm, Caller caller, LocalDate today, ExchangeRates rates) {
    Format.heading(out, "Analytics (EUR, crm.analytics())");
    List<RfmScore> rfm = crm.analytics().rfm(caller, EUR, today);
    if (rfm.isEmpty()) {
      out.println("  no purchases stored");
    } else {
      lifetimeValue(out, crm, caller, today);
      segments(out, rfm);
    }
    ReportingPeriod year = ReportingPeriod.of(today.minusYears(1).plusDays(1), today);
    try {
      profitability(
          out, crm.analytics().profitability(caller, year, EUR, rates, List.of(), Map.of()));
    } catch (MissingExchangeRateException e) {
      out.println("  profitability: " + e.getMessage() + " (no rate for it)");
    }
    try {
      kpis(
          out,
          crm.analytics().kpis(caller, year, EUR, rates, List.of(), Money.zero(EUR), List.of(), 9));
    } catch (MissingExchangeRateException e) {
      out.println("  KPIs: " + e.getMessage() + " (no rate for it)");
    }
  }

  private static void lifetimeValue(PrintWriter out, Crm crm, Caller caller, LocalDate today) {
    Comparator<CustomerValue> byClv = Comparator.comparingDouble(v -> v.forecast().clv());
    PriorityQueue<CustomerValue> top = new PriorityQueue<>(byClv);
    LifetimeValueFit fit;
    try {
      fit =
          crm.analytics()
              .lifetimeValue(
                  caller,
                  EUR,
                  today,
                  52,
                  0.10,
                  value -> {
                    top.add(value);
                    if (top.size() > TOP) {
                      top.poll();
                    }
                  });
    } catch (ModelFitException | InvalidValueException e) {
      out.println("  lifetime value: the models could not be fitted (" + e.getMessage() + ")");
      return;
    }
    out.printf(
        Locale.ROOT,
        "  BG/NBD r=%.3f alpha=%.3f a=%.3f b=%.3f; Gamma-Gamma p=%.3f q=%.3f gamma=%.3f"
            + " (%s customers, %s repeat buyers)%n",
        fit.purchases().r(),
        fit.purchases().alpha(),
        fit.purchases().a(),
        fit.purchases().b(),
        fit.value().p(),
        fit.value().q(),
        fit.value().gamma(),
        Format.count(fit.customers()),
        Format.count(fit.repeatBuyers()));
    List<CustomerValue> best = new ArrayList<>(top);
    best.sort(byClv.reversed());
    TextTable table =
        new TextTable("customer", ">purchase days", ">P(alive)", ">exp. purchases", ">CLV 52 wk");
    for (CustomerValue value : best) {
      table.row(
          value.customer(),
          value.summary().purchaseDays(),
          String.format(Locale.ROOT, "%.2f", value.forecast().probabilityAlive()),
          String.format(Locale.ROOT, "%.2f", value.forecast().expectedTransactions()),
          String.format(Locale.ROOT, "%,.2f EUR", value.forecast().clv()));
    }
    table.print(out);
  }

  private static void segments(PrintWriter out, List<RfmScore> scores) {
    Map<RfmSegment, Integer> counts = new EnumMap<>(RfmSegment.class);
    scores.forEach(score -> counts.merge(score.segment(), 1, Integer::sum));
    TextTable table = new TextTable("RFM segment", ">customers", ">share");
    counts.forEach(
        (segment, count) ->
            table.row(
                segment.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                Format.count(count),
                Format.percent(count, scores.size())));
    table.print(out);
  }

  private static void profitability(PrintWriter out, ProfitabilityReport report) {
    if (report.customers().isEmpty()) {
      out.println("  profitability: no revenue or cost lines stored in the last twelve months");
      return;
    }
    TextTable table = new TextTable("profit decile", ">customers", ">profit");
    for (CustomerProfit decile : report.deciles()) {
      if (decile.customers() > 0) {
        table.row(decile.key(), Format.count(decile.customers()), Format.money(decile.profit()));
      }
    }
    table.print(out);
  }

  private static void kpis(PrintWriter out, KpiReport kpis) {
    TextTable table = new TextTable("KPI (last twelve months)", ">value");
    table.row("new customers", Format.count(kpis.newCustomers()));
    table.row(
        "retention rate",
        kpis.retentionRate().isPresent()
            ? String.format(Locale.ROOT, "%.1f %%", 100 * kpis.retentionRate().getAsDouble())
            : "-");
    table.row(
        "products per customer", String.format(Locale.ROOT, "%.2f", kpis.productsPerCustomer()));
    table.row(
        "average revenue per customer",
        kpis.averageRevenuePerCustomer().map(Format::money).orElse("-"));
    table.print(out);
  }
}
