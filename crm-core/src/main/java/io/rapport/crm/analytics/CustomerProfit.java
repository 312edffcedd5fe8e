package io.rapport.crm.analytics;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;

/**
 * The profit of one customer, household, segment or product: {@code revenue − directCost −
 * allocatedCost}.
 *
 * @param key what the figures are for: a customer id, a household, a segment or a product code
 * @param customers how many customers contributed
 * @param revenue the revenue
 * @param directCost the direct costs
 * @param allocatedCost the activity-based allocated costs
 */
public record CustomerProfit(
    String key, int customers, Money revenue, Money directCost, Money allocatedCost) {
  /** Checks presence; the amounts must share one currency. */
  public CustomerProfit {
    Checks.notNull(key, "key");
    Checks.notNull(revenue, "revenue");
    Checks.notNull(directCost, "directCost");
    Checks.notNull(allocatedCost, "allocatedCost");
    revenue.minus(directCost).minus(allocatedCost); // throws on a currency mismatch
  }

  /** {@code revenue − directCost − allocatedCost}. */
  public Money profit() {
    return revenue.minus(directCost).minus(allocatedCost);
  }

  CustomerProfit plus(String newKey, CustomerProfit other) {
    return new CustomerProfit(
        newKey,
        customers + other.customers,
        revenue.plus(other.revenue),
        directCost.plus(other.directCost),
        allocatedCost.plus(other.allocatedCost));
  }
}
