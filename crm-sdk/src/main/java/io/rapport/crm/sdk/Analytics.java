package io.rapport.crm.sdk;

import io.rapport.crm.analytics.Activity;
import io.rapport.crm.analytics.AssociationRule;
import io.rapport.crm.analytics.CohortRetention;
import io.rapport.crm.analytics.PeriodRetention;
import io.rapport.crm.analytics.Recommendation;
import io.rapport.crm.analytics.RfmScore;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.Money;
import io.rapport.crm.finance.ReportingPeriod;
import io.rapport.crm.party.CustomerId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The calculators of {@code io.rapport.crm.analytics} over the tenant's stored data: lifetime value
 * and RFM over the stored purchases, profitability over the stored revenue and cost lines, churn
 * and retention over the stored customers and holdings, KPIs, and next best products. Reads only,
 * except {@link #storeRfm} and {@link #storeClv}, which store customer scores. Thread-safe. A null
 * argument is refused with a {@link CommandValidationException} naming it.
 *
 * <p>Purchase summaries and line totals are computed by the storage (one grouped query each, see
 * {@link Finance}). Customers with their holdings come from one streamed query too ({@link
 * io.rapport.crm.spi.CustomerTenureQueries}); churn, KPIs and cross-sell hold one small tenure
 * record per customer.
 *
 * <p>A customer's acquisition day is the day (in the SDK clock's zone) it was registered; a closed
 * customer's status closed on the day of its last change. A customer churns on the earlier of that
 * day and the day its last product closed ({@link
 * io.rapport.crm.analytics.CustomerTenure#defaultChurnDate}).
 */
public interface Analytics {

  /**
   * Fits BG/NBD and Gamma-Gamma on the tenant's purchase summaries in {@code currency} up to {@code
   * observationEnd}, then hands {@code sink} each customer's forecast over {@code horizonWeeks}
   * with CLV discounted at the annual {@code discountRate}, in ascending customer id order. Two
   * passes over the stored summaries (two queries); the fit holds four numbers per customer, the
   * forecasts are streamed, never collected. The sink must not call this SDK.
   *
   * @return the fitted models
   * @throws CommandValidationException if an argument is null
   * @throws io.rapport.crm.analytics.ModelFitException if there are no purchases, nobody bought
   *     twice, a fit does not converge, or the fitted parameters are so extreme that a forecast's
   *     series does not converge
   * @throws io.rapport.crm.common.InvalidValueException if the horizon or the rate is negative, or
   *     the fitted Gamma-Gamma q is at most 1
   */
  LifetimeValueFit lifetimeValue(
      Caller caller,
      Currency currency,
      LocalDate observationEnd,
      int horizonWeeks,
      double discountRate,
      Consumer<? super CustomerValue> sink);

  /**
   * RFM quintile scores and named segments of every customer with a purchase in {@code currency} up
   * to {@code asOf}, in ascending customer id order.
   *
   * @throws CommandValidationException if an argument is null
   */
  List<RfmScore> rfm(Caller caller, Currency currency, LocalDate asOf);

  /**
   * Computes the RFM scores as {@link #rfm} does and stores them as each customer's {@link
   * io.rapport.crm.common.ScoreKind#RFM_SEGMENT} (label the segment name) and {@link
   * io.rapport.crm.common.ScoreKind#RFM_SCORE} (label the code, number {@code 100R + 10F + M}),
   * replacing every stored score of those kinds, in one unit of work with one audit entry ({@code
   * customer-scores}, action {@code analytics.scores-stored}) and one event. Segments select on
   * them with {@link io.rapport.crm.campaign.Criterion.ScoreIn} and {@link
   * io.rapport.crm.campaign.Criterion.ScoreBetween}. Holds the scores of all customers before
   * writing them in batches.
   *
   * @return the number of customers scored
   * @throws CommandValidationException if an argument is null
   */
  long storeRfm(Caller caller, Currency currency, LocalDate asOf);

  /**
   * Fits and forecasts as {@link #lifetimeValue} does and stores each customer's {@link
   * io.rapport.crm.common.ScoreKind#CLV}, {@link io.rapport.crm.common.ScoreKind#P_ALIVE} and
   * {@link io.rapport.crm.common.ScoreKind#EXPECTED_TRANSACTIONS} (six decimals), replacing every
   * stored score of those kinds, in one unit of work with one audit entry and one event. Holds the
   * scores of all customers before writing them in batches.
   *
   * @return the fitted models
   * @throws CommandValidationException if an argument is null
   * @throws io.rapport.crm.analytics.ModelFitException if the models cannot be fitted
   * @throws io.rapport.crm.common.InvalidValueException if the horizon or the rate is negative
   */
  LifetimeValueFit storeClv(
      Caller caller,
      Currency currency,
      LocalDate observationEnd,
      int horizonWeeks,
      double discountRate);

  /**
   * Customer profitability over {@code period} in {@code currency}: revenue − direct costs from the
   * stored line totals (each converted with {@code rates} at the period's last day; a negative net
   * interest margin counts as a direct cost), minus the activity-based allocation {@code Σ count ·
   * unitCost(driver)} of the host's {@code activities}; per customer, product and household, with
   * the whale curve and the deciles.
   *
   * @throws CommandValidationException if an argument or an activity is null (at {@code
   *     activities[i]})
   * @throws io.rapport.crm.common.MissingExchangeRateException if a line's currency has no rate to
   *     {@code currency} on the period's last day
   * @throws io.rapport.crm.common.CurrencyMismatchException if a unit cost is in another currency
   */
  ProfitabilityReport profitability(
      Caller caller,
      ReportingPeriod period,
      Currency currency,
      ExchangeRates rates,
      Collection<Activity> activities,
      Map<String, Money> unitCosts);

  /**
   * Churn and retention rate of each month from {@code first} to {@code last}.
   *
   * @throws CommandValidationException if an argument is null
   * @throws io.rapport.crm.common.InvalidValueException if {@code last} is before {@code first}
   */
  List<PeriodRetention> churn(Caller caller, YearMonth first, YearMonth last);

  /**
   * The cohort retention matrix: per acquisition month up to {@code last}, the share still a
   * customer at the end of each later month.
   *
   * @throws CommandValidationException if an argument is null
   */
  List<CohortRetention> cohorts(Caller caller, YearMonth last);

  /**
   * The key figures of {@code period} in {@code currency}. Acquisition cost adds the cost lines of
   * {@code campaigns} spent in the period and {@code salesCosts}; CSAT and NPS come from the host's
   * {@code feedbackScores} (0–10; Rapport stores no feedback yet), CSAT counting scores of at least
   * {@code satisfiedFrom}.
   *
   * @throws CommandValidationException if an argument, a campaign id or a score is null (at {@code
   *     campaigns[i]} or {@code feedbackScores[i]})
   * @throws io.rapport.crm.common.RecordNotFoundException if a campaign does not exist
   * @throws io.rapport.crm.common.MissingExchangeRateException if an amount's currency has no rate
   *     to {@code currency} on the period's last day
   * @throws io.rapport.crm.common.InvalidValueException if a feedback score is outside 0–10
   */
  KpiReport kpis(
      Caller caller,
      ReportingPeriod period,
      Currency currency,
      ExchangeRates rates,
      Collection<CampaignId> campaigns,
      Money salesCosts,
      Collection<Integer> feedbackScores,
      int satisfiedFrom);

  /**
   * Association rules {@code A → B} between the product types customers hold open today, with at
   * least {@code minSupport} and {@code minConfidence}, strongest first.
   *
   * @throws CommandValidationException if an argument is null
   */
  List<AssociationRule> productRules(Caller caller, double minSupport, double minConfidence);

  /**
   * At most {@code limit} next best products for {@code customer}: product types it does not hold
   * open, reached by a rule (support ≥ 1%, confidence ≥ 10%) from a product it holds, best first —
   * and only if the customer may be contacted for MARKETING over {@code channel} now ({@link
   * Consents#mayContact}); otherwise none.
   *
   * @throws CommandValidationException if an argument is null
   * @throws io.rapport.crm.party.CustomerNotFoundException if the customer does not exist
   * @throws io.rapport.crm.common.InvalidValueException if {@code limit} is negative
   */
  List<Recommendation> nextBestProducts(
      Caller caller, CustomerId customer, ConsentChannel channel, int limit);
}
