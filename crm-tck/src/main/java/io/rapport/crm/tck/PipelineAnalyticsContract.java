package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.MissingExchangeRateException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.pipeline.ClosedDeals;
import io.rapport.crm.pipeline.CycleLengthCount;
import io.rapport.crm.pipeline.DealSource;
import io.rapport.crm.pipeline.ForecastLine;
import io.rapport.crm.pipeline.ForecastQuery;
import io.rapport.crm.pipeline.Funnel;
import io.rapport.crm.pipeline.FunnelStep;
import io.rapport.crm.pipeline.PeriodUnit;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.pipeline.PipelineVelocity;
import io.rapport.crm.pipeline.SalesCycle;
import io.rapport.crm.pipeline.StageDwell;
import io.rapport.crm.pipeline.StageKind;
import io.rapport.crm.pipeline.StageReach;
import io.rapport.crm.pipeline.WinLoss;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.Fixtures;
import io.rapport.crm.tck.internal.GoldenPipelineData;
import io.rapport.crm.tck.internal.PipelineFixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.rapport.crm.spi.PipelineAnalytics} (win/loss, sales cycle, funnel, time in
 * stage, velocity; the forecast is in {@link PipelineForecastContract}), against golden values
 * computed by hand from one data set (retail pipeline, opened {@code 2025-01-06T09:00Z}):
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
public abstract class PipelineAnalyticsContract {
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
  protected PipelineAnalyticsContract() {}

  private void openDeals() {
    new GoldenPipelineData(storage(), given, retail, wealth).openDeals();
  }

  private void closedDeals() {
    new GoldenPipelineData(storage(), given, retail, wealth).closedDeals();
  }

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  @Test
  @DisplayName("closed deals: current state only (the reopened deal counts once, as won)")
  void closedDeals_goldenSet_matchesGroups() {
    // given
    openDeals();
    closedDeals();

    // when
    List<ClosedDeals> groups =
        storage().inTransaction(unit -> unit.pipelineAnalytics().closedDeals(tenant, null));

    // then
    assertThat(groups)
        .containsExactly(
            new ClosedDeals(
                StageKind.WON,
                EmployeeId.of("rm-1"),
                DealSource.CAMPAIGN,
                null,
                EUR,
                1,
                Money.of("7500.00", "EUR")),
            new ClosedDeals(
                StageKind.WON,
                EmployeeId.of("rm-2"),
                DealSource.NONE,
                null,
                EUR,
                1,
                Money.of("6000.00", "EUR")),
            new ClosedDeals(
                StageKind.WON,
                EmployeeId.of("rm-2"),
                DealSource.NONE,
                null,
                Currency.getInstance("USD"),
                1,
                Money.of("3000.00", "USD")),
            new ClosedDeals(
                StageKind.LOST,
                EmployeeId.of("rm-1"),
                DealSource.LEAD,
                "PRICE",
                EUR,
                1,
                Money.of("4000.00", "EUR")));
    List<ClosedDeals> ofWealth =
        storage().inTransaction(unit -> unit.pipelineAnalytics().closedDeals(tenant, wealth.id()));
    assertThat(ofWealth).isEmpty();
  }

  @Test
  @DisplayName("win/loss: rates by count and value, by owner, by source, lost by reason")
  void winLoss_goldenSet_matchesHandComputedRates() {
    // given
    openDeals();
    closedDeals();

    // when
    WinLoss figures =
        new WinLoss(
            storage()
                .inTransaction(unit -> unit.pipelineAnalytics().closedDeals(tenant, retail.id())));

    // then: 3 won / 4 closed; value 16200 / 20200 EUR
    assertThat(figures.winRateByCount()).contains(new BigDecimal("0.7500"));
    assertThat(figures.winRateByValue(EUR, RATES_DAY, RATES)).contains(new BigDecimal("0.8020"));
    assertThat(figures.averageWonValue(EUR, RATES_DAY, RATES)).contains(Money.of("5400.00", "EUR"));
    assertThat(figures.byOwner().get(EmployeeId.of("rm-1")).winRateByCount())
        .contains(new BigDecimal("0.5000"));
    assertThat(figures.byOwner().get(EmployeeId.of("rm-2")).winRateByCount())
        .contains(new BigDecimal("1.0000"));
    assertThat(figures.bySource().get(DealSource.LEAD).winRateByCount())
        .contains(new BigDecimal("0.0000"));
    assertThat(figures.bySource().get(DealSource.CAMPAIGN).winRateByCount())
        .contains(new BigDecimal("1.0000"));
    assertThat(figures.lostByReason()).containsExactly(Map.entry("PRICE", 1L));
    assertThatThrownBy(() -> figures.winRateByValue(EUR, RATES_DAY, ExchangeRates.none()))
        .isInstanceOf(MissingExchangeRateException.class);
  }

  @Test
  @DisplayName("sales cycle: histogram, average and median in days, reopened deal from its opening")
  void cycleLengths_goldenSet_averageAndMedian() {
    // given
    openDeals();
    closedDeals();

    // when
    List<CycleLengthCount> buckets =
        storage().inTransaction(unit -> unit.pipelineAnalytics().cycleLengths(tenant, retail.id()));
    SalesCycle cycle = new SalesCycle(buckets);

    // then
    assertThat(buckets)
        .containsExactly(
            new CycleLengthCount(StageKind.WON, 5, 1),
            new CycleLengthCount(StageKind.WON, 10, 2),
            new CycleLengthCount(StageKind.LOST, 20, 1));
    assertThat(cycle.averageDays()).contains(new BigDecimal("11.25"));
    assertThat(cycle.medianDays()).contains(new BigDecimal("10.0"));
    assertThat(cycle.won().averageDays()).contains(new BigDecimal("8.33"));
    assertThat(cycle.won().medianDays()).contains(new BigDecimal("10.0"));
  }

  @Test
  @DisplayName(
      "funnel: furthest stage per deal; the skipped stage counts as passed; lost stages ignored")
  void funnel_goldenSet_matchesReachAndConversion() {
    // given
    openDeals();
    closedDeals();

    // when
    List<StageReach> reach =
        storage().inTransaction(unit -> unit.pipelineAnalytics().funnel(tenant, retail.id()));
    List<FunnelStep> funnel = Funnel.of(retail, reach);

    // then
    assertThat(reach)
        .containsExactly(
            new StageReach(0, 2),
            new StageReach(1, 1),
            new StageReach(2, 2),
            new StageReach(3, 1),
            new StageReach(4, 3));
    assertThat(funnel)
        .extracting(step -> step.stage().code())
        .containsExactly("LEAD", "QUALIFIED", "PROPOSAL", "NEGOTIATION", "WON");
    assertThat(funnel).extracting(FunnelStep::reached).containsExactly(9L, 7L, 6L, 4L, 3L);
    assertThat(funnel)
        .extracting(FunnelStep::conversionFromPrevious)
        .containsExactly(
            Optional.empty(),
            Optional.of(new BigDecimal("0.7778")),
            Optional.of(new BigDecimal("0.8571")),
            Optional.of(new BigDecimal("0.6667")),
            Optional.of(new BigDecimal("0.7500")));
  }

  @Test
  @DisplayName("time in stage: completed stays only, summed in seconds per stage")
  void timeInStage_goldenSet_matchesStays() {
    // given
    openDeals();
    closedDeals();

    // when
    List<StageDwell> dwell =
        storage().inTransaction(unit -> unit.pipelineAnalytics().timeInStage(tenant, retail.id()));

    // then
    assertThat(dwell)
        .containsExactly(
            new StageDwell("LEAD", 4, 2_246_400),
            new StageDwell("LOST", 1, 172_800),
            new StageDwell("NEGOTIATION", 1, 345_600),
            new StageDwell("PROPOSAL", 1, 604_800),
            new StageDwell("QUALIFIED", 2, 518_400));
    assertThat(dwell.get(0).averageTime()).isEqualTo(Duration.ofHours(156));
  }

  @Test
  @DisplayName("velocity: open × average won value × win rate ÷ average won cycle")
  void velocity_goldenSet_isHandComputed() {
    // given
    openDeals();
    closedDeals();
    WinLoss figures =
        new WinLoss(
            storage()
                .inTransaction(unit -> unit.pipelineAnalytics().closedDeals(tenant, retail.id())));
    SalesCycle cycle =
        new SalesCycle(
            storage()
                .inTransaction(unit -> unit.pipelineAnalytics().cycleLengths(tenant, retail.id())));
    long open =
        storage()
            .inTransaction(
                unit ->
                    unit.pipelineAnalytics()
                        .forecast(
                            tenant, ForecastQuery.all(PeriodUnit.MONTH).inPipeline(retail.id())))
            .stream()
            .mapToLong(ForecastLine::count)
            .sum();

    // when
    Optional<Money> velocity =
        PipelineVelocity.of(
            open,
            figures.averageWonValue(EUR, RATES_DAY, RATES),
            figures.winRateByCount(),
            cycle.won().averageDays());

    // then: 5 × 5400.00 × 0.75 ÷ 8.33 = 2430.972…
    assertThat(open).isEqualTo(5);
    assertThat(velocity).contains(Money.of("2430.97", "EUR"));
  }

  @Test
  @DisplayName("no closed deals: rates, cycle and velocity are empty, never a division by zero")
  void analytics_noClosedDeals_areEmpty() {
    // given
    openDeals();

    // when
    List<ClosedDeals> groups =
        storage().inTransaction(unit -> unit.pipelineAnalytics().closedDeals(tenant, null));
    List<CycleLengthCount> buckets =
        storage().inTransaction(unit -> unit.pipelineAnalytics().cycleLengths(tenant, null));
    List<StageDwell> dwell =
        storage().inTransaction(unit -> unit.pipelineAnalytics().timeInStage(tenant, retail.id()));
    WinLoss figures = new WinLoss(groups);
    SalesCycle cycle = new SalesCycle(buckets);

    // then
    assertThat(groups).isEmpty();
    assertThat(buckets).isEmpty();
    assertThat(dwell).isEmpty();
    assertThat(figures.winRateByCount()).isEmpty();
    assertThat(figures.winRateByValue(EUR, RATES_DAY, RATES)).isEmpty();
    assertThat(figures.averageWonValue(EUR, RATES_DAY, RATES)).isEmpty();
    assertThat(cycle.averageDays()).isEmpty();
    assertThat(cycle.medianDays()).isEmpty();
    assertThat(
            PipelineVelocity.of(
                5,
                figures.averageWonValue(EUR, RATES_DAY, RATES),
                figures.winRateByCount(),
                cycle.averageDays()))
        .isEmpty();
  }

  @Test
  @DisplayName("tenant isolation: another tenant's analytics are empty")
  void analytics_otherTenant_seeNothing() {
    // given
    openDeals();
    closedDeals();
    TenantId other = Fixtures.freshTenant();

    // when / then
    storage()
        .inTransactionDo(
            unit -> {
              assertThat(
                      unit.pipelineAnalytics()
                          .forecast(other, ForecastQuery.all(PeriodUnit.QUARTER)))
                  .isEmpty();
              assertThat(unit.pipelineAnalytics().closedDeals(other, null)).isEmpty();
              assertThat(unit.pipelineAnalytics().cycleLengths(other, null)).isEmpty();
              assertThat(unit.pipelineAnalytics().funnel(other, retail.id())).isEmpty();
              assertThat(unit.pipelineAnalytics().timeInStage(other, retail.id())).isEmpty();
            });
  }
}
