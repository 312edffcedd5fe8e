package io.rapport.crm.sdk.internal;

import io.rapport.crm.analytics.Activity;
import io.rapport.crm.analytics.AssociationRule;
import io.rapport.crm.analytics.BgNbdModel;
import io.rapport.crm.analytics.CohortRetention;
import io.rapport.crm.analytics.CrossSell;
import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.analytics.GammaGammaModel;
import io.rapport.crm.analytics.LifetimeValue;
import io.rapport.crm.analytics.ModelFitException;
import io.rapport.crm.analytics.PeriodRetention;
import io.rapport.crm.analytics.PurchaseSummary;
import io.rapport.crm.analytics.Recommendation;
import io.rapport.crm.analytics.RepeatBuying;
import io.rapport.crm.analytics.Retention;
import io.rapport.crm.analytics.Rfm;
import io.rapport.crm.analytics.RfmScore;
import io.rapport.crm.analytics.ValueForecast;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.ScoreKind;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.finance.ReportingPeriod;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sdk.Analytics;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Consents;
import io.rapport.crm.sdk.CustomerValue;
import io.rapport.crm.sdk.KpiReport;
import io.rapport.crm.sdk.LifetimeValueFit;
import io.rapport.crm.sdk.ProfitabilityReport;
import io.rapport.crm.sdk.internal.validation.Arguments;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** {@link Analytics} over a {@link CommandRunner}: reads only. Thread-safe. */
public final class DefaultAnalytics implements Analytics {
  private static final double RULE_SUPPORT = 0.01;
  private static final double RULE_CONFIDENCE = 0.10;

  private final CommandRunner runner;
  private final Consents consents;

  /** The analytics over the runner's storage; consent answers come from {@code consents}. */
  public DefaultAnalytics(CommandRunner runner, Consents consents) {
    this.runner = runner;
    this.consents = consents;
  }

  @Override
  public LifetimeValueFit lifetimeValue(
      Caller caller,
      Currency currency,
      LocalDate observationEnd,
      int horizonWeeks,
      double discountRate,
      Consumer<? super CustomerValue> sink) {
    runner.access().requireTenantWide(caller, "analytics (lifetimeValue)");
    TenantId tenant = Arguments.notNull("lifetimeValue", caller, "caller").tenant();
    Arguments.notNull("lifetimeValue", currency, "currency");
    Arguments.notNull("lifetimeValue", observationEnd, "observationEnd");
    Arguments.notNull("lifetimeValue", sink, "sink");
    Checks.argument(horizonWeeks >= 0, "horizonWeeks", "horizonWeeks must be >= 0");
    // checked before the fit reads anything, not first by the forecast after it
    Checks.argument(
        Double.isFinite(discountRate) && discountRate >= 0,
        "discountRate",
        "discountRate must be >= 0");
    List<RepeatBuying> fitInput = new ArrayList<>();
    summaries(tenant, currency, observationEnd, s -> fitInput.add(RepeatBuying.of(s)));
    BgNbdModel purchases = BgNbdModel.fit(fitInput);
    GammaGammaModel value = GammaGammaModel.fit(fitInput);
    long repeatBuyers = fitInput.stream().filter(c -> c.frequency() > 0).count();
    long customers = fitInput.size();
    fitInput.clear();
    summaries(
        tenant,
        currency,
        observationEnd,
        summary ->
            sink.accept(
                new CustomerValue(
                    summary, forecast(purchases, value, summary, horizonWeeks, discountRate))));
    return new LifetimeValueFit(purchases, value, customers, repeatBuyers);
  }

  /**
   * The forecast of one customer; a hypergeometric series that does not converge (extreme fitted
   * parameters) is reported as a {@link ModelFitException} rather than a bare arithmetic error.
   */
  private static ValueForecast forecast(
      BgNbdModel purchases,
      GammaGammaModel value,
      PurchaseSummary summary,
      int horizonWeeks,
      double discountRate) {
    try {
      return LifetimeValue.forecast(
          purchases, value, RepeatBuying.of(summary), horizonWeeks, discountRate);
    } catch (ArithmeticException e) {
      throw new ModelFitException("BG/NBD", "forecast failed: " + e.getMessage());
    }
  }

  @Override
  public List<RfmScore> rfm(Caller caller, Currency currency, LocalDate asOf) {
    runner.access().requireTenantWide(caller, "analytics (rfm)");
    TenantId tenant = Arguments.notNull("rfm", caller, "caller").tenant();
    Arguments.notNull("rfm", currency, "currency");
    Arguments.notNull("rfm", asOf, "asOf");
    List<PurchaseSummary> summaries = new ArrayList<>();
    summaries(tenant, currency, asOf, summaries::add);
    return Rfm.score(summaries);
  }

  @Override
  public long storeRfm(Caller caller, Currency currency, LocalDate asOf) {
    runner.access().requireTenantWide(caller, "analytics (storeRfm)");
    runner.access().requireChangeEverything(caller, "analytics (storeRfm)");
    List<RfmScore> scores = rfm(caller, currency, asOf);
    Instant now = runner.now();
    List<CustomerScore> rows = new ArrayList<>(2 * scores.size());
    scores.forEach(score -> rows.addAll(CustomerScore.ofRfm(score, now)));
    ScoreWriter.replace(
        runner, caller, EnumSet.of(ScoreKind.RFM_SEGMENT, ScoreKind.RFM_SCORE), rows);
    return scores.size();
  }

  @Override
  public LifetimeValueFit storeClv(
      Caller caller,
      Currency currency,
      LocalDate observationEnd,
      int horizonWeeks,
      double discountRate) {
    runner.access().requireTenantWide(caller, "analytics (storeClv)");
    runner.access().requireChangeEverything(caller, "analytics (storeClv)");
    Instant now = runner.now();
    List<CustomerScore> rows = new ArrayList<>();
    LifetimeValueFit fit =
        lifetimeValue(
            caller,
            currency,
            observationEnd,
            horizonWeeks,
            discountRate,
            value -> {
              ValueForecast forecast = value.forecast();
              rows.add(CustomerScore.of(value.customer(), ScoreKind.CLV, forecast.clv(), now));
              rows.add(
                  CustomerScore.of(
                      value.customer(), ScoreKind.P_ALIVE, forecast.probabilityAlive(), now));
              rows.add(
                  CustomerScore.of(
                      value.customer(),
                      ScoreKind.EXPECTED_TRANSACTIONS,
                      forecast.expectedTransactions(),
                      now));
            });
    ScoreWriter.replace(
        runner,
        caller,
        EnumSet.of(ScoreKind.CLV, ScoreKind.P_ALIVE, ScoreKind.EXPECTED_TRANSACTIONS),
        rows);
    return fit;
  }

  private void summaries(
      TenantId tenant, Currency currency, LocalDate end, Consumer<PurchaseSummary> sink) {
    runner.read(
        unit -> {
          unit.customerFinance().purchaseSummaries(tenant, currency, end, sink);
          return null;
        });
  }

  @Override
  public ProfitabilityReport profitability(
      Caller caller,
      ReportingPeriod period,
      Currency currency,
      ExchangeRates rates,
      Collection<Activity> activities,
      Map<String, Money> unitCosts) {
    runner.access().requireTenantWide(caller, "analytics (profitability)");
    TenantId tenant = Arguments.notNull("profitability", caller, "caller").tenant();
    Arguments.notNull("profitability", period, "period");
    Arguments.notNull("profitability", currency, "currency");
    Arguments.notNull("profitability", rates, "rates");
    Arguments.elements("profitability", activities, "activities");
    Arguments.notNull("profitability", unitCosts, "unitCosts");
    return runner.read(
        unit ->
            ProfitabilityReader.read(
                unit, tenant, period, currency, rates, List.copyOf(activities), unitCosts));
  }

  @Override
  public List<PeriodRetention> churn(Caller caller, YearMonth first, YearMonth last) {
    runner.access().requireTenantWide(caller, "analytics (churn)");
    TenantId tenant = Arguments.notNull("churn", caller, "caller").tenant();
    Arguments.notNull("churn", first, "first");
    Arguments.notNull("churn", last, "last");
    Checks.argument(!last.isBefore(first), "last", "last must not be before first");
    return Retention.monthly(tenures(tenant).tenures(), first, last);
  }

  @Override
  public List<CohortRetention> cohorts(Caller caller, YearMonth last) {
    runner.access().requireTenantWide(caller, "analytics (cohorts)");
    TenantId tenant = Arguments.notNull("cohorts", caller, "caller").tenant();
    Arguments.notNull("cohorts", last, "last");
    return Retention.cohorts(tenures(tenant).tenures(), last);
  }

  @Override
  public KpiReport kpis(
      Caller caller,
      ReportingPeriod period,
      Currency currency,
      ExchangeRates rates,
      Collection<CampaignId> campaigns,
      Money salesCosts,
      Collection<Integer> feedbackScores,
      int satisfiedFrom) {
    runner.access().requireTenantWide(caller, "analytics (kpis)");
    TenantId tenant = Arguments.notNull("kpis", caller, "caller").tenant();
    Arguments.notNull("kpis", period, "period");
    Arguments.notNull("kpis", currency, "currency");
    Arguments.notNull("kpis", rates, "rates");
    Arguments.elements("kpis", campaigns, "campaigns");
    Arguments.notNull("kpis", salesCosts, "salesCosts");
    Arguments.elements("kpis", feedbackScores, "feedbackScores");
    return runner.read(
        unit ->
            KpiReader.read(
                unit,
                tenant,
                TenantTenures.read(unit, tenant, runner),
                new KpiReader.Inputs(
                    period,
                    currency,
                    rates,
                    List.copyOf(campaigns),
                    salesCosts,
                    List.copyOf(feedbackScores),
                    satisfiedFrom)));
  }

  @Override
  public List<AssociationRule> productRules(
      Caller caller, double minSupport, double minConfidence) {
    runner.access().requireTenantWide(caller, "analytics (productRules)");
    TenantId tenant = Arguments.notNull("productRules", caller, "caller").tenant();
    return CrossSell.rules(
        tenures(tenant).openProducts(runner.dateOf(runner.now())), minSupport, minConfidence);
  }

  @Override
  public List<Recommendation> nextBestProducts(
      Caller caller, CustomerId customer, ConsentChannel channel, int limit) {
    TenantId tenant = Arguments.notNull("nextBestProducts", caller, "caller").tenant();
    Arguments.notNull("nextBestProducts", customer, "customer");
    Arguments.notNull("nextBestProducts", channel, "channel");
    Checks.argument(limit >= 0, "limit", "limit must be >= 0");
    runner.read(unit -> runner.access().requireReadable(caller, unit, customer));
    boolean mayOffer =
        consents
            .mayContact(
                caller,
                ConsentSubject.customer(customer),
                ConsentPurpose.MARKETING,
                channel,
                runner.now())
            .allowed();
    if (!mayOffer) {
      return List.of();
    }
    Map<CustomerId, Set<ProductType>> holdings =
        tenures(tenant).openProducts(runner.dateOf(runner.now()));
    List<AssociationRule> rules = CrossSell.rules(holdings, RULE_SUPPORT, RULE_CONFIDENCE);
    return CrossSell.recommend(
        customer, holdings.getOrDefault(customer, Set.of()), rules, (c, p) -> true, limit);
  }

  private TenantTenures tenures(TenantId tenant) {
    return runner.read(unit -> TenantTenures.read(unit, tenant, runner));
  }
}
