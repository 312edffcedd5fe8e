package io.rapport.crm.examples.cli.report;

import io.rapport.crm.analytics.CohortRetention;
import io.rapport.crm.analytics.CustomerProfit;
import io.rapport.crm.analytics.PeriodRetention;
import io.rapport.crm.analytics.RfmScore;
import io.rapport.crm.analytics.RfmSegment;
import io.rapport.crm.analytics.WhalePoint;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.Money;
import io.rapport.crm.examples.cli.demo.TextTable;
import io.rapport.crm.finance.ReportingPeriod;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.KpiReport;
import io.rapport.crm.sdk.ProfitabilityReport;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** Prints the reports of {@code rapport report} through {@code crm.analytics()}. */
final class Reports {
  private final PrintWriter out;
  private final Crm crm;
  private final Caller caller;
  private final Currency currency;
  private final ExchangeRates rates;
  private final LocalDate asOf;
  private final ReportingPeriod year;

  Reports(
      PrintWriter out,
      Crm crm,
      Caller caller,
      Currency currency,
      ExchangeRates rates,
      LocalDate asOf) {
    this.out = out;
    this.crm = crm;
    this.caller = caller;
    this.currency = currency;
    this.rates = rates;
    this.asOf = asOf;
    this.year = ReportingPeriod.of(asOf.minusYears(1).plusDays(1), asOf);
  }

  void print(ReportKind kind, List<String> campaigns) {
    switch (kind) {
      case PROFITABILITY -> profitability();
      case CHURN -> churn();
      case RFM -> rfm();
      case KPIS -> kpis(campaigns.stream().map(CampaignId::of).toList());
    }
  }

  private void profitability() {
    ProfitabilityReport report =
        crm.analytics().profitability(caller, year, currency, rates, List.of(), Map.of());
    out.println("period " + year.from() + " to " + year.to());
    if (report.customers().isEmpty()) {
      out.println("no revenue or cost lines stored in the period");
      return;
    }
    CustomerProfit total =
        report.customers().stream()
            .reduce(
                new CustomerProfit("all", 0, zero(), zero(), zero()),
                (sum, next) ->
                    new CustomerProfit(
                        "all",
                        sum.customers() + next.customers(),
                        sum.revenue().plus(next.revenue()),
                        sum.directCost().plus(next.directCost()),
                        sum.allocatedCost().plus(next.allocatedCost())));
    out.println();
    out.println("customers with lines " + total.customers());
    TextTable totals = new TextTable(">revenue", ">direct cost", ">profit");
    totals.row(money(total.revenue()), money(total.directCost()), money(total.profit()));
    totals.print(out);
    out.println();
    out.println("profit deciles (most profitable first)");
    TextTable deciles = new TextTable("decile", ">customers", ">revenue", ">cost", ">profit");
    report.deciles().stream()
        .filter(d -> d.customers() > 0)
        .forEach(
            d ->
                deciles.row(
                    d.key(),
                    d.customers(),
                    money(d.revenue()),
                    money(d.directCost().plus(d.allocatedCost())),
                    money(d.profit())));
    deciles.print(out);
    out.println();
    out.println("per product");
    TextTable products = new TextTable("product", ">revenue", ">cost", ">profit");
    report
        .products()
        .forEach(
            p ->
                products.row(
                    p.key(),
                    money(p.revenue()),
                    money(p.directCost().plus(p.allocatedCost())),
                    money(p.profit())));
    products.print(out);
    out.println();
    out.println("households with lines " + report.households().size());
    report.whaleCurve().stream()
        .max(Comparator.comparingDouble(WhalePoint::profitShare))
        .ifPresent(
            peak ->
                out.printf(
                    Locale.ROOT,
                    "whale curve: the top %.1f %% of customers earn %.1f %% of the profit%n",
                    100 * peak.customerShare(),
                    100 * peak.profitShare()));
  }

  private void churn() {
    YearMonth last = YearMonth.from(asOf);
    YearMonth first = last.minusMonths(11);
    List<PeriodRetention> months = crm.analytics().churn(caller, first, last);
    TextTable table =
        new TextTable("month", ">at start", ">acquired", ">churned", ">churn", ">retention");
    months.forEach(
        m ->
            table.row(
                m.month(),
                m.atStart(),
                m.acquired(),
                m.churned(),
                percent(m.churnRate()),
                percent(m.retentionRate())));
    table.print(out);
    out.println();
    out.println("cohorts by acquisition month (share still customers at each month's end)");
    List<CohortRetention> cohorts = crm.analytics().cohorts(caller, last);
    List<CohortRetention> recent =
        cohorts.subList(Math.max(0, cohorts.size() - 12), cohorts.size());
    TextTable matrix = new TextTable("cohort", ">size", ">+0", ">+1", ">+3", ">+6", ">latest");
    recent.forEach(
        c ->
            matrix.row(
                c.cohort(),
                c.size(),
                share(c.retained(), 0),
                share(c.retained(), 1),
                share(c.retained(), 3),
                share(c.retained(), 6),
                share(c.retained(), c.retained().size() - 1)));
    if (recent.isEmpty()) {
      out.println("  no customers");
    } else {
      matrix.print(out);
    }
  }

  private void rfm() {
    List<RfmScore> scores = crm.analytics().rfm(caller, currency, asOf);
    if (scores.isEmpty()) {
      out.println("no purchases stored in " + currency.getCurrencyCode() + " up to " + asOf);
      return;
    }
    Map<RfmSegment, Integer> counts = new EnumMap<>(RfmSegment.class);
    scores.forEach(s -> counts.merge(s.segment(), 1, Integer::sum));
    TextTable table = new TextTable("segment", ">customers", ">share");
    for (RfmSegment segment : RfmSegment.values()) {
      int count = counts.getOrDefault(segment, 0);
      table.row(
          segment.name().toLowerCase(Locale.ROOT).replace('_', ' '),
          count,
          percent(count / (double) scores.size()));
    }
    table.row("all", scores.size(), percent(1));
    table.print(out);
  }

  private void kpis(List<CampaignId> campaigns) {
    KpiReport kpis =
        crm.analytics()
            .kpis(caller, year, currency, rates, campaigns, Money.zero(currency), List.of(), 9);
    out.println("period " + year.from() + " to " + year.to());
    TextTable table = new TextTable("figure", ">value");
    table.row("customers at start", kpis.customersAtStart());
    table.row("customers at end", kpis.customersAtEnd());
    table.row("new customers", kpis.newCustomers());
    table.row(
        "acquisition cost (" + campaigns.size() + " campaigns)",
        kpis.acquisitionCost().map(Reports::money).orElse("-"));
    table.row("retention rate", percent(kpis.retentionRate()));
    table.row(
        "products per customer", String.format(Locale.ROOT, "%.2f", kpis.productsPerCustomer()));
    table.row(
        "average revenue per customer",
        kpis.averageRevenuePerCustomer().map(Reports::money).orElse("-"));
    table.row("CSAT / NPS", "- (no feedback store)");
    table.print(out);
  }

  private Money zero() {
    return Money.zero(currency);
  }

  static String money(Money money) {
    return String.format(
        Locale.ROOT, "%,.2f %s", money.amount(), money.currency().getCurrencyCode());
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }

  private static String percent(OptionalDouble share) {
    return share.isPresent() ? percent(share.getAsDouble()) : "-";
  }

  private static String share(List<Double> retained, int month) {
    return month >= 0 && month < retained.size() ? percent(retained.get(month)) : "";
  }
}
