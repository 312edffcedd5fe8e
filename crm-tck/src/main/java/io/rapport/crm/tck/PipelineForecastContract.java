package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.MissingExchangeRateException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.ForecastLine;
import io.rapport.crm.pipeline.ForecastQuery;
import io.rapport.crm.pipeline.ForecastTotals;
import io.rapport.crm.pipeline.PeriodUnit;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.Fixtures;
import io.rapport.crm.tck.internal.GoldenPipelineData;
import io.rapport.crm.tck.internal.PipelineFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.rapport.crm.spi.PipelineAnalytics#forecast} and {@link
 * io.rapport.crm.pipeline.ForecastTotals}, against golden values computed by hand from one data set
 * (retail pipeline, opened {@code 2025-01-06T09:00Z}):
 *
 * <pre>
 * open  A rm-1 10000.00 EUR close 02-10 PROPOSAL 60%        best case
 *       B rm-1  5000.00 EUR close 02-20 NEGOTIATION 80%     commit
 *       C rm-2 20000.00 USD close 03-15 LEAD 15% (override) pipeline
 *       D rm-2  1000.50 EUR close 04-01 QUALIFIED 30%       omitted (override)
 *       E rm-1  2500.00 EUR close 02-28 PROPOSAL 60%        best case
 * won   F rm-1  8000 EUR, campaign: LEAD →(3d) PROPOSAL (QUALIFIED skipped) →(7d) won 7500.00 EUR on day 10
 *       H rm-2  3000 USD: LEAD →(1d) QUALIFIED →(4d) won 3000.00 USD on day 5
 *       I rm-2  6000 EUR: LEAD →(2d) lost TIMING →(2d) reopened QUALIFIED →(2d) NEGOTIATION
 *                →(4d) won 6000.00 EUR on day 10
 * lost  G rm-1  4000 EUR, lead: LEAD →(20d) lost PRICE
 * other pipeline (wealth): J rm-1 50000.00 GBP close 02-05 LEAD 10%
 * rates: 1 USD = 0.9000 EUR, 1 GBP = 1.2000 EUR from 2025-01-01
 * </pre>
 */
public abstract class PipelineForecastContract {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate RATES_DAY = LocalDate.of(2025, 1, 31);
  private static final ExchangeRates RATES =
      ExchangeRates.dated()
          .rate("USD", "EUR", LocalDate.of(2025, 1, 1), "0.9000")
          .rate("GBP", "EUR", LocalDate.of(2025, 1, 1), "1.2000")
          .build();

  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();
  private final PipelineDefinition retail =
      PipelineFixtures.retail(PipelineId.of("00000000-0000-7000-8000-000000000001"));
  private final PipelineDefinition wealth =
      PipelineFixtures.retail(PipelineId.of("00000000-0000-7000-8000-000000000002"));

  /** For subclasses binding the contract to an adapter. */
  protected PipelineForecastContract() {}

  private void openDeals() {
    new GoldenPipelineData(storage(), given, retail, wealth).openDeals();
  }

  private void closedDeals() {
    new GoldenPipelineData(storage(), given, retail, wealth).closedDeals();
  }

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  private static ForecastLine line(
      String period,
      PipelineDefinition pipeline,
      String owner,
      String stage,
      ForecastCategory category,
      long count,
      String amount,
      String currency,
      String weighted) {
    return new ForecastLine(
        LocalDate.parse(period),
        pipeline.id(),
        EmployeeId.of(owner),
        stage,
        category,
        Currency.getInstance(currency),
        count,
        Money.of(amount, currency),
        new BigDecimal(weighted));
  }

  @Test
  @DisplayName("forecast by month: open deals grouped per currency, weighted = Σ amount × p ÷ 100")
  void forecast_byMonth_matchesGoldenLines() {
    // given
    openDeals();
    closedDeals();

    // when
    List<ForecastLine> lines =
        storage()
            .inTransaction(
                unit ->
                    unit.pipelineAnalytics()
                        .forecast(
                            tenant, ForecastQuery.all(PeriodUnit.MONTH).inPipeline(retail.id())));

    // then
    assertThat(lines)
        .containsExactly(
            line(
                "2025-02-01",
                retail,
                "rm-1",
                "NEGOTIATION",
                ForecastCategory.COMMIT,
                1,
                "5000.00",
                "EUR",
                "4000.0000"),
            line(
                "2025-02-01",
                retail,
                "rm-1",
                "PROPOSAL",
                ForecastCategory.BEST_CASE,
                2,
                "12500.00",
                "EUR",
                "7500.0000"),
            line(
                "2025-03-01",
                retail,
                "rm-2",
                "LEAD",
                ForecastCategory.PIPELINE,
                1,
                "20000.00",
                "USD",
                "3000.0000"),
            line(
                "2025-04-01",
                retail,
                "rm-2",
                "QUALIFIED",
                ForecastCategory.OMITTED,
                1,
                "1000.50",
                "EUR",
                "300.1500"));
  }

  @Test
  @DisplayName(
      "forecast by quarter, all pipelines, bounded dates: folds months, keeps currencies apart")
  void forecast_byQuarterAllPipelines_matchesGoldenLines() {
    // given
    openDeals();

    // when
    List<ForecastLine> lines =
        storage()
            .inTransaction(
                unit ->
                    unit.pipelineAnalytics()
                        .forecast(
                            tenant,
                            ForecastQuery.between(
                                PeriodUnit.QUARTER,
                                LocalDate.of(2025, 2, 10),
                                LocalDate.of(2025, 3, 31))));

    // then: A (02-10, first day included), B, C, E; D (April) and J (02-05) are outside
    assertThat(lines)
        .containsExactly(
            line(
                "2025-01-01",
                retail,
                "rm-1",
                "NEGOTIATION",
                ForecastCategory.COMMIT,
                1,
                "5000.00",
                "EUR",
                "4000.0000"),
            line(
                "2025-01-01",
                retail,
                "rm-1",
                "PROPOSAL",
                ForecastCategory.BEST_CASE,
                2,
                "12500.00",
                "EUR",
                "7500.0000"),
            line(
                "2025-01-01",
                retail,
                "rm-2",
                "LEAD",
                ForecastCategory.PIPELINE,
                1,
                "20000.00",
                "USD",
                "3000.0000"));
  }

  @Test
  @DisplayName(
      "forecast totals in EUR: commit ⊂ best case ⊂ pipeline, each currency converted once")
  void forecastTotals_mixedCurrencies_convertedAtTheStatedDate() {
    // given
    openDeals();
    List<ForecastLine> lines =
        storage()
            .inTransaction(
                unit ->
                    unit.pipelineAnalytics().forecast(tenant, ForecastQuery.all(PeriodUnit.MONTH)));

    // when
    ForecastTotals totals = ForecastTotals.of(lines, EUR, RATES_DAY, RATES);

    // then: J adds 50000 GBP × 1.2 = 60000 EUR (pipeline category), weighted 5000 GBP = 6000 EUR
    assertThat(totals.commit()).isEqualTo(Money.of("5000.00", "EUR"));
    assertThat(totals.bestCase()).isEqualTo(Money.of("17500.00", "EUR"));
    assertThat(totals.pipeline()).isEqualTo(Money.of("95500.00", "EUR"));
    assertThat(totals.weighted()).isEqualTo(Money.of("20200.00", "EUR"));
    assertThatThrownBy(() -> ForecastTotals.of(lines, EUR, RATES_DAY, ExchangeRates.none()))
        .isInstanceOf(MissingExchangeRateException.class);
    assertThatThrownBy(() -> ForecastTotals.of(lines, EUR, LocalDate.of(2024, 12, 31), RATES))
        .isInstanceOf(MissingExchangeRateException.class);
  }
}
