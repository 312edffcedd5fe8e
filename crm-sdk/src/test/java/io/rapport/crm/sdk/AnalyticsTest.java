package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.rapport.crm.analytics.Activity;
import io.rapport.crm.analytics.BgNbdModel;
import io.rapport.crm.analytics.CohortRetention;
import io.rapport.crm.analytics.CustomerProfit;
import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.analytics.GammaGammaModel;
import io.rapport.crm.analytics.LifetimeValue;
import io.rapport.crm.analytics.ModelFitException;
import io.rapport.crm.analytics.PeriodRetention;
import io.rapport.crm.analytics.Purchase;
import io.rapport.crm.analytics.PurchaseSummaries;
import io.rapport.crm.analytics.PurchaseSummary;
import io.rapport.crm.analytics.Recommendation;
import io.rapport.crm.analytics.RepeatBuying;
import io.rapport.crm.analytics.RfmScore;
import io.rapport.crm.analytics.RfmSegment;
import io.rapport.crm.analytics.ValueForecast;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.MissingExchangeRateException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.ScoreKind;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.finance.LineKind;
import io.rapport.crm.finance.ReportingPeriod;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.HouseholdRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalyticsTest extends SdkFixture {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate END = LocalDate.of(2025, 6, 30);
  private static final ReportingPeriod Q2 =
      ReportingPeriod.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));

  @Test
  void lifetimeValue_storedPurchases_equalsTheCalculatorsOnTheSamePurchases() {
    // given
    List<Purchase> purchases = importRandomPurchases(120, 11);
    List<PurchaseSummary> reference = PurchaseSummaries.summarise(purchases, END);
    BgNbdModel bgNbd = BgNbdModel.fitSummaries(reference);
    GammaGammaModel gammaGamma = GammaGammaModel.fitSummaries(reference);
    List<CustomerValue> values = new ArrayList<>();

    // when
    LifetimeValueFit fit = crm.analytics().lifetimeValue(caller, EUR, END, 26, 0.10, values::add);

    // then
    assertThat(fit.purchases()).isEqualTo(bgNbd);
    assertThat(fit.value()).isEqualTo(gammaGamma);
    assertThat(fit.customers()).isEqualTo(120);
    assertThat(values).hasSize(120);
    for (int i = 0; i < values.size(); i++) {
      ValueForecast expected =
          LifetimeValue.forecast(bgNbd, gammaGamma, RepeatBuying.of(reference.get(i)), 26, 0.10);
      assertThat(values.get(i).customer()).isEqualTo(reference.get(i).customer());
      assertThat(values.get(i).forecast()).isEqualTo(expected);
      assertThat(expected.probabilityAlive()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void lifetimeValue_homogeneousBuyers_extremeFitIsReportedAsModelFitFailure() {
    // given: everyone drops out with 30% after each purchase; the fitted a and b run to ~1e7
    importRandomPurchases(60, 11, 0.3);

    // when / then
    assertThatThrownBy(() -> crm.analytics().lifetimeValue(caller, EUR, END, 26, 0.1, v -> {}))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("forecast failed");
  }

  @Test
  void lifetimeValue_noPurchases_failsToFit() {
    assertThatThrownBy(() -> crm.analytics().lifetimeValue(caller, EUR, END, 26, 0.1, v -> {}))
        .isInstanceOf(ModelFitException.class);
  }

  @Test
  void rfm_fiveCustomers_bestIsChampionWorstHibernates() {
    // given: customer i buys on i days, the last one (i*7) days before the end, for 10*i each day
    List<CustomerId> customers = new ArrayList<>();
    List<FinanceCommand> rows = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      CustomerId id = register("Customer " + i).id();
      customers.add(id);
      for (int day = 0; day < i; day++) {
        LocalDate when = END.minusDays(7L * (6 - i) + 30L * day);
        rows.add(RecordPurchase.of("P-" + i + "-" + day, id, when, "" + (10 * i), "EUR"));
      }
    }
    crm.finance().importEvents(caller, rows);

    // when
    List<RfmScore> scores = crm.analytics().rfm(caller, EUR, END);

    // then
    assertThat(scores).hasSize(5);
    RfmScore best = scoreOf(scores, customers.get(4));
    RfmScore worst = scoreOf(scores, customers.get(0));
    assertThat(best.code()).isEqualTo("555");
    assertThat(best.segment()).isEqualTo(RfmSegment.CHAMPIONS);
    assertThat(worst.code()).isEqualTo("111");
    assertThat(worst.segment()).isEqualTo(RfmSegment.HIBERNATING);
    assertThat(scoreOf(scores, customers.get(2)).code()).isEqualTo("333");
  }

  @Test
  void storeRfm_fiveCustomers_segmentsSelectOnStoredScores() {
    // given
    List<CustomerId> customers = fiveRfmCustomers();
    int entries = auditEntries().size();

    // when
    long scored = crm.analytics().storeRfm(caller, EUR, END);
    Segment champions =
        crm.segments()
            .define(
                caller,
                "Champions",
                new Criterion.ScoreIn(ScoreKind.RFM_SEGMENT, Set.of("CHAMPIONS")));
    Segment topCodes =
        crm.segments()
            .define(
                caller,
                "RFM 333 and up",
                new Criterion.ScoreBetween(
                    ScoreKind.RFM_SCORE, new BigDecimal("333"), new BigDecimal("555")));

    // then: codes 111, 222, 333, 444, 555; 444 and 555 are champions
    assertThat(scored).isEqualTo(5);
    assertThat(crm.segments().preview(caller, champions.id(), 10))
        .containsExactlyInAnyOrder(customers.get(3), customers.get(4));
    assertThat(crm.segments().preview(caller, topCodes.id(), 10))
        .containsExactlyInAnyOrder(customers.get(2), customers.get(3), customers.get(4));
    assertThat(auditEntries().subList(entries, entries + 1))
        .singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo("analytics.scores-stored"));
  }

  @Test
  void storeRfm_again_replacesThePreviousScores() {
    // given
    fiveRfmCustomers();
    crm.analytics().storeRfm(caller, EUR, END);

    // when
    crm.analytics().storeRfm(caller, EUR, END);

    // then
    assertThat(
            storage.<Long>inTransaction(
                unit -> unit.customerScores().count(tenant, ScoreKind.RFM_SEGMENT)))
        .isEqualTo(5L);
  }

  @Test
  void storeClv_storedPurchases_storesClvPAliveAndExpectedTransactions() {
    // given
    importRandomPurchases(120, 11);
    List<CustomerValue> values = new ArrayList<>();
    crm.analytics().lifetimeValue(caller, EUR, END, 26, 0.10, values::add);

    // when
    crm.analytics().storeClv(caller, EUR, END, 26, 0.10);

    // then
    CustomerValue first = values.get(0);
    CustomerScore pAlive =
        storage
            .inTransaction(
                unit -> unit.customerScores().find(tenant, first.customer(), ScoreKind.P_ALIVE))
            .orElseThrow();
    assertThat(pAlive.value().doubleValue())
        .isCloseTo(first.forecast().probabilityAlive(), within(1e-6));
    assertThat(
            storage.<Long>inTransaction(unit -> unit.customerScores().count(tenant, ScoreKind.CLV)))
        .isEqualTo(120L);
  }

  private List<CustomerId> fiveRfmCustomers() {
    List<CustomerId> customers = new ArrayList<>();
    List<FinanceCommand> rows = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      CustomerId id = register("Customer " + i).id();
      customers.add(id);
      for (int day = 0; day < i; day++) {
        LocalDate when = END.minusDays(7L * (6 - i) + 30L * day);
        rows.add(RecordPurchase.of("P-" + i + "-" + day, id, when, "" + (10 * i), "EUR"));
      }
    }
    crm.finance().importEvents(caller, rows);
    return customers;
  }

  @Test
  void profitability_linesInTwoCurrenciesAndActivities_convertsAllocatesAndGroups() {
    // given
    CustomerId ada = register("Ada").id();
    CustomerId bob = register("Bob").id();
    crm.households()
        .create(
            caller,
            CreateHousehold.named("Lovelace")
                .member(ada, HouseholdRole.HEAD, true)
                .member(bob, HouseholdRole.SPOUSE_OR_PARTNER, true)
                .primaryMember(ada)
                .build());
    LocalDate day = LocalDate.of(2025, 5, 31);
    crm.finance()
        .importEvents(
            caller,
            List.of(
                RecordFinancialLine.of("F-1", ada, LineKind.FEE, day, "100.00", "EUR")
                    .forProduct(ProductType.CURRENT_ACCOUNT),
                RecordFinancialLine.of("C-1", ada, LineKind.SERVICING, day, "20.00", "EUR")
                    .forProduct(ProductType.CURRENT_ACCOUNT),
                RecordFinancialLine.of("N-1", bob, LineKind.NET_INTEREST_MARGIN, day, "50", "USD")
                    .forProduct(ProductType.MORTGAGE),
                RecordFinancialLine.of("N-2", bob, LineKind.NET_INTEREST_MARGIN, day, "-5", "EUR"),
                RecordFinancialLine.of(
                    "F-old", bob, LineKind.FEE, LocalDate.of(2025, 3, 31), "999", "EUR")));
    ExchangeRates rates =
        (from, to, date) ->
            from.getCurrencyCode().equals("USD") && date.equals(Q2.to())
                ? Optional.of(new BigDecimal("0.9"))
                : Optional.empty();

    // when
    ProfitabilityReport report =
        crm.analytics()
            .profitability(
                caller,
                Q2,
                EUR,
                rates,
                List.of(new Activity(ada, "branch-visit", 2)),
                Map.of("branch-visit", Money.of("15.00", "EUR")));

    // then
    assertThat(profitOf(report.customers(), ada)).isEqualTo(Money.of("50.00", "EUR"));
    assertThat(profitOf(report.customers(), bob)).isEqualTo(Money.of("40.00", "EUR"));
    assertThat(report.households())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.customers()).isEqualTo(2);
              assertThat(h.profit()).isEqualTo(Money.of("90.00", "EUR"));
            });
    assertThat(report.products())
        .extracting(CustomerProfit::key)
        .containsExactly("CURRENT_ACCOUNT", "CUSTOMER", "MORTGAGE");
    assertThat(report.whaleCurve()).hasSize(2);
    assertThat(report.whaleCurve().get(0).profitShare()).isCloseTo(50 / 90.0, within(1e-12));
    assertThat(report.deciles()).hasSize(10);
    assertThatThrownBy(
            () ->
                crm.analytics()
                    .profitability(caller, Q2, EUR, ExchangeRates.none(), List.of(), Map.of()))
        .isInstanceOf(MissingExchangeRateException.class);
  }

  @Test
  void churnAndCohorts_closedProductsAndStatus_countMonthByMonth() {
    // given: four customers acquired on 2025-03-01
    CustomerId ada = register("Ada").id();
    CustomerId bob = register("Bob").id();
    CustomerId cy = register("Cy").id();
    Customer dee = register("Dee");
    LocalDate opened = LocalDate.of(2025, 3, 1);
    holding(ada, ProductType.CURRENT_ACCOUNT, opened, LocalDate.of(2025, 4, 15));
    holding(bob, ProductType.CURRENT_ACCOUNT, opened, null);
    holding(cy, ProductType.SAVINGS, opened, LocalDate.of(2025, 5, 10));
    holding(cy, ProductType.CURRENT_ACCOUNT, opened, null);
    crm.customers().changeStatus(caller, dee.id(), dee.version(), CustomerStatus.CLOSED);

    // when
    List<PeriodRetention> months =
        crm.analytics().churn(caller, YearMonth.of(2025, 4), YearMonth.of(2025, 6));
    List<CohortRetention> cohorts = crm.analytics().cohorts(caller, YearMonth.of(2025, 6));

    // then
    assertThat(months)
        .extracting(PeriodRetention::atStart, PeriodRetention::churned)
        .containsExactly(tuple(3, 1), tuple(2, 0), tuple(2, 0));
    assertThat(months.get(0).churnRate()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(cohorts)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.cohort()).isEqualTo(YearMonth.of(2025, 3));
              assertThat(c.size()).isEqualTo(4);
              assertThat(c.retained()).containsExactly(0.75, 0.5, 0.5, 0.5);
            });
  }

  @Test
  void kpis_period_countsCustomersCostsRevenueAndFeedback() {
    // given: two customers acquired on 2025-03-01, before the period
    CustomerId ada = register("Ada").id();
    CustomerId bob = register("Bob").id();
    holding(ada, ProductType.CURRENT_ACCOUNT, LocalDate.of(2025, 3, 1), null);
    holding(ada, ProductType.SAVINGS, LocalDate.of(2025, 3, 1), null);
    holding(bob, ProductType.CURRENT_ACCOUNT, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 1));
    crm.finance()
        .importEvents(
            caller,
            List.of(
                RecordFinancialLine.of(
                    "F-1", ada, LineKind.FEE, LocalDate.of(2025, 4, 2), "30.00", "EUR")));

    // when
    KpiReport kpis =
        crm.analytics()
            .kpis(
                caller,
                Q2,
                EUR,
                ExchangeRates.none(),
                List.of(),
                Money.of("500.00", "EUR"),
                List.of(10, 9, 7, 3),
                8);

    // then: no new customers in Q2, Bob churned on 2025-05-01
    assertThat(kpis.customersAtStart()).isEqualTo(2);
    assertThat(kpis.customersAtEnd()).isEqualTo(1);
    assertThat(kpis.newCustomers()).isZero();
    assertThat(kpis.acquisitionCost()).isEmpty();
    assertThat(kpis.retentionRate()).isEqualTo(OptionalDouble.of(0.5));
    assertThat(kpis.productsPerCustomer()).isEqualTo(2.0);
    assertThat(kpis.averageRevenuePerCustomer()).contains(Money.of("30.00", "EUR"));
    assertThat(kpis.csat()).isEqualTo(OptionalDouble.of(0.5));
    assertThat(kpis.nps()).isEqualTo(OptionalDouble.of(25.0));
  }

  @Test
  void nextBestProducts_consentAndHoldings_recommendsUnheldOnlyWithConsent() {
    // given: three hold CURRENT_ACCOUNT and SAVINGS, Ada only CURRENT_ACCOUNT
    CustomerId ada = register("Ada").id();
    for (int i = 0; i < 3; i++) {
      CustomerId other = register("Other " + i).id();
      holding(other, ProductType.CURRENT_ACCOUNT, LocalDate.of(2024, 1, 1), null);
      holding(other, ProductType.SAVINGS, LocalDate.of(2024, 1, 1), null);
    }
    holding(ada, ProductType.CURRENT_ACCOUNT, LocalDate.of(2024, 1, 1), null);
    List<Recommendation> withoutConsent =
        crm.analytics().nextBestProducts(caller, ada, ConsentChannel.EMAIL, 3);
    crm.consents()
        .record(
            caller,
            RecordConsent.of(
                ConsentSubject.customer(ada),
                ConsentPurpose.MARKETING,
                ConsentChannel.EMAIL,
                ConsentAction.GRANTED,
                "branch",
                "v1"));

    // when
    List<Recommendation> next =
        crm.analytics().nextBestProducts(caller, ada, ConsentChannel.EMAIL, 3);

    // then
    assertThat(withoutConsent).isEmpty();
    assertThat(next).extracting(Recommendation::product).containsExactly(ProductType.SAVINGS);
    assertThat(next.get(0).rule().confidence()).isEqualTo(0.75);
  }

  private int accounts;

  private void holding(CustomerId customer, ProductType type, LocalDate opened, LocalDate closed) {
    crm.holdings()
        .record(
            caller,
            RecordHolding.of(customer, type, type.name())
                .account("ACC-" + (++accounts))
                .balance("0.00", "EUR")
                .openedOn(opened)
                .closedOn(closed)
                .build());
  }

  private List<Purchase> importRandomPurchases(int customers, long seed) {
    return importRandomPurchases(customers, seed, -1);
  }

  /**
   * As above; a {@code fixedDropout} of 0..1 gives everyone that dropout and a gap of 5-44 days.
   */
  private List<Purchase> importRandomPurchases(int customers, long seed, double fixedDropout) {
    Random random = new Random(seed);
    List<Purchase> purchases = new ArrayList<>();
    List<FinanceCommand> rows = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      CustomerId id = register("Buyer " + c).id();
      // buys every ~meanGap days while alive, and drops out after a purchase with its own chance
      LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(60));
      double meanGap =
          fixedDropout >= 0 ? 5 + random.nextInt(40) : 3 + 60 * Math.pow(random.nextDouble(), 2);
      double dropout = fixedDropout >= 0 ? fixedDropout : Math.pow(random.nextDouble(), 3);
      int spend = 1000 + random.nextInt(4000);
      for (int p = 0; !day.isAfter(END); p++) {
        BigDecimal amount = BigDecimal.valueOf(spend + random.nextInt(1000), 2);
        purchases.add(new Purchase(id, day, amount));
        rows.add(RecordPurchase.of("P-" + c + "-" + p, id, day, amount.toPlainString(), "EUR"));
        if (random.nextDouble() < dropout) {
          break;
        }
        day = day.plusDays(1 + (long) (-meanGap * Math.log(1 - random.nextDouble())));
      }
    }
    crm.finance().importEvents(caller, rows);
    return purchases;
  }

  private static RfmScore scoreOf(List<RfmScore> scores, CustomerId customer) {
    return scores.stream().filter(s -> s.customer().equals(customer)).findFirst().orElseThrow();
  }

  private static Money profitOf(List<CustomerProfit> profits, CustomerId customer) {
    return profits.stream()
        .filter(p -> p.key().equals(customer.toString()))
        .findFirst()
        .orElseThrow()
        .profit();
  }
}
