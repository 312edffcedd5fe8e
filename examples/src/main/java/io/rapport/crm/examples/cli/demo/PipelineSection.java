package io.rapport.crm.examples.cli.demo;

import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.Money;
import io.rapport.crm.pipeline.ForecastLine;
import io.rapport.crm.pipeline.ForecastQuery;
import io.rapport.crm.pipeline.ForecastTotals;
import io.rapport.crm.pipeline.FunnelStep;
import io.rapport.crm.pipeline.PeriodUnit;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.SalesCycle;
import io.rapport.crm.pipeline.WinLoss;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pipelines section: the forecast by quarter (weighted, commit and best case, GBP converted to
 * EUR at dated rates), then per pipeline the funnel, win rates, median cycle and velocity. Reads
 * only, so it works on a reused tenant too.
 */
final class PipelineSection {
  static final Currency EUR = Currency.getInstance("EUR");

  /** The host's dated GBP, USD and CHF to EUR rates (fictional). */
  static final ExchangeRates RATES =
      ExchangeRates.dated()
          .rate("GBP", "EUR", LocalDate.of(2020, 1, 1), "1.1500")
          .rate("GBP", "EUR", LocalDate.of(2024, 1, 1), "1.1600")
          .rate("GBP", "EUR", LocalDate.of(2024, 7, 1), "1.1800")
          .rate("USD", "EUR", LocalDate.of(2020, 1, 1), "0.9100")
          .rate("USD", "EUR", LocalDate.of(2024, 7, 1), "0.9300")
          .rate("CHF", "EUR", LocalDate.of(2020, 1, 1), "0.9200")
          .rate("CHF", "EUR", LocalDate.of(2024, 7, 1), "1.0500")
          .build();

  private PipelineSection() {}

  static void print(PrintWriter out, Crm crm, Caller caller, LocalDate asOf) {
    List<PipelineDefinition> pipelines = crm.pipelines().list(caller);
    if (pipelines.isEmpty()) {
      return;
    }
    forecast(out, crm, caller, asOf);
    for (PipelineDefinition pipeline : pipelines) {
      Format.heading(
          out,
          "Pipeline \""
              + pipeline.name()
              + "\": crm.pipelineReports().funnel / winLoss / salesCycle / velocity");
      TextTable funnel = new TextTable("stage", ">reached", ">from previous");
      for (FunnelStep step : crm.pipelineReports().funnel(caller, pipeline.id())) {
        funnel.row(
            step.stage().code(),
            Format.count(step.reached()),
            step.conversionFromPrevious().map(PipelineSection::ratio).orElse("-"));
      }
      funnel.print(out);
      WinLoss winLoss = crm.pipelineReports().winLoss(caller, pipeline.id());
      SalesCycle cycle = crm.pipelineReports().salesCycle(caller, pipeline.id());
      Optional<Money> velocity =
          crm.pipelineReports().velocity(caller, pipeline.id(), EUR, asOf, RATES);
      out.println(
          "  won "
              + winLoss.won()
              + ", lost "
              + winLoss.lost()
              + "; win rate by count "
              + winLoss.winRateByCount().map(PipelineSection::ratio).orElse("-")
              + ", by value "
              + winLoss.winRateByValue(EUR, asOf, RATES).map(PipelineSection::ratio).orElse("-"));
      out.println(
          "  median cycle (won) "
              + cycle
                  .won()
                  .medianDays()
                  .map(d -> d.setScale(1, RoundingMode.HALF_UP) + " days")
                  .orElse("-")
              + "; velocity "
              + velocity.map(Format::money).orElse("-")
              + " per day");
      Map<String, Long> lost = new TreeMap<>(winLoss.lostByReason());
      if (!lost.isEmpty()) {
        out.println("  lost by reason: " + lost);
      }
    }
  }

  private static void forecast(PrintWriter out, Crm crm, Caller caller, LocalDate asOf) {
    LocalDate from = PeriodUnit.QUARTER.startOf(asOf);
    LocalDate to = from.plusYears(1).minusDays(1);
    Format.heading(
        out,
        "Forecast by quarter: crm.pipelineReports().forecast(caller, ForecastQuery.between(QUARTER, "
            + from
            + ", "
            + to
            + ")) and forecastTotals(..., EUR, "
            + asOf
            + ", rates)");
    List<ForecastLine> lines =
        crm.pipelineReports().forecast(caller, ForecastQuery.between(PeriodUnit.QUARTER, from, to));
    Map<LocalDate, long[]> deals = new TreeMap<>();
    Map<String, BigDecimal> amounts = new TreeMap<>();
    for (ForecastLine line : lines) {
      deals.computeIfAbsent(line.periodStart(), k -> new long[1])[0] += line.count();
      amounts.merge(
          line.periodStart() + " " + line.currency().getCurrencyCode(),
          line.amount().amount(),
          BigDecimal::add);
    }
    TextTable table =
        new TextTable(
            "quarter",
            ">deals",
            ">EUR open",
            ">GBP open",
            ">weighted (EUR)",
            ">commit",
            ">best case");
    for (Map.Entry<LocalDate, long[]> quarter : deals.entrySet()) {
      LocalDate start = quarter.getKey();
      ForecastTotals totals =
          crm.pipelineReports()
              .forecastTotals(
                  caller,
                  ForecastQuery.between(
                      PeriodUnit.QUARTER, start, start.plusMonths(3).minusDays(1)),
                  EUR,
                  asOf,
                  RATES);
      table.row(
          quarterName(start),
          Format.count(quarter.getValue()[0]),
          amount(amounts.get(start + " EUR")),
          amount(amounts.get(start + " GBP")),
          Format.money(totals.weighted()),
          Format.money(totals.commit()),
          Format.money(totals.bestCase()));
    }
    table.print(out);
    out.println("  (GBP converted at the host's GBP/EUR rate valid on " + asOf + ")");
  }

  private static String quarterName(LocalDate start) {
    return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
  }

  private static String amount(BigDecimal value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%,.2f", value);
  }

  static String ratio(BigDecimal value) {
    return String.format(Locale.ROOT, "%.1f %%", value.doubleValue() * 100);
  }
}
