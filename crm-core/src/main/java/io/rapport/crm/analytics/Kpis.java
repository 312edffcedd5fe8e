package io.rapport.crm.analytics;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Customer KPIs.
 *
 * <ul>
 *   <li>{@code CAC = (campaign costs + sales costs) / new customers}
 *   <li>{@code retention rate = (customers at end − new customers) / customers at start}
 *   <li>{@code products per customer = Σ distinct product types held / customers} (cross-sell
 *       ratio)
 *   <li>{@code CSAT = share of scores ≥ the satisfied threshold} (e.g. 4 and 5 on a 1–5 scale)
 *   <li>{@code NPS = 100 · (promoters (9–10) − detractors (0–6)) / responses}, on 0–10 scores
 *   <li>{@code ARPC = revenue / customers}
 * </ul>
 */
public final class Kpis {
  private Kpis() {}

  /**
   * The customer acquisition cost, rounded half-even to the currency.
   *
   * @throws io.rapport.crm.common.InvalidValueException if there are no new customers
   */
  public static Money acquisitionCost(Money campaignCosts, Money salesCosts, int newCustomers) {
    Checks.notNull(campaignCosts, "campaignCosts");
    Checks.argument(newCustomers > 0, "newCustomers", "newCustomers must be positive");
    Money total = campaignCosts.plus(salesCosts);
    return Money.of(
        total.amount().divide(BigDecimal.valueOf(newCustomers), 10, RoundingMode.HALF_EVEN),
        total.currency(),
        RoundingMode.HALF_EVEN);
  }

  /**
   * {@code (end − new) / start}.
   *
   * @throws io.rapport.crm.common.InvalidValueException if start is not positive or the counts are
   *     inconsistent (negative, or more new customers than at the end)
   */
  public static double retentionRate(int customersAtStart, int customersAtEnd, int newCustomers) {
    Checks.argument(customersAtStart > 0, "customersAtStart", "customersAtStart must be positive");
    Checks.argument(
        newCustomers >= 0 && customersAtEnd >= newCustomers,
        "newCustomers",
        "newCustomers must be 0..customersAtEnd (%s)",
        customersAtEnd);
    return (customersAtEnd - newCustomers) / (double) customersAtStart;
  }

  /** Distinct product types held per customer; 0 for no customers. */
  public static double productsPerCustomer(Map<CustomerId, Set<ProductType>> holdings) {
    Checks.notNull(holdings, "holdings");
    if (holdings.isEmpty()) {
      return 0;
    }
    return holdings.values().stream().mapToInt(Set::size).sum() / (double) holdings.size();
  }

  /** The share of scores at or above {@code satisfiedFrom}; 0 for no scores. */
  public static double csat(Collection<Integer> scores, int satisfiedFrom) {
    Checks.notNull(scores, "scores");
    if (scores.isEmpty()) {
      return 0;
    }
    return scores.stream().filter(s -> s >= satisfiedFrom).count() / (double) scores.size();
  }

  /**
   * The net promoter score, −100 to 100; 0 for no scores.
   *
   * @throws io.rapport.crm.common.InvalidValueException if a score is outside 0–10
   */
  public static double nps(Collection<Integer> scores) {
    Checks.notNull(scores, "scores");
    if (scores.isEmpty()) {
      return 0;
    }
    int promoters = 0;
    int detractors = 0;
    for (int score : scores) {
      Checks.argument(
          score >= 0 && score <= 10, "scores", "NPS scores must be 0..10 but one was %s", score);
      if (score >= 9) {
        promoters++;
      } else if (score <= 6) {
        detractors++;
      }
    }
    return 100.0 * (promoters - detractors) / scores.size();
  }

  /**
   * Average revenue per customer, rounded half-even to the currency.
   *
   * @throws io.rapport.crm.common.InvalidValueException if there are no customers
   */
  public static Money averageRevenuePerCustomer(Money revenue, int customers) {
    Checks.notNull(revenue, "revenue");
    Checks.argument(customers > 0, "customers", "customers must be positive");
    return Money.of(
        revenue.amount().divide(BigDecimal.valueOf(customers), 10, RoundingMode.HALF_EVEN),
        revenue.currency(),
        RoundingMode.HALF_EVEN);
  }
}
