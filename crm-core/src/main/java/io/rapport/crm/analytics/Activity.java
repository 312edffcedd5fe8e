package io.rapport.crm.analytics;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;

/**
 * How often a customer used a cost driver in the period: a channel interaction ("branch-visit",
 * "call-centre", "atm") or a product they hold ("MORTGAGE"). Activity-based costing multiplies the
 * count by the host's unit cost of the driver.
 *
 * @param customer the customer
 * @param driver the cost driver, a channel or a product code
 * @param count how many times, at least zero
 */
public record Activity(CustomerId customer, String driver, long count) {
  /** Checks presence and a non-negative count. */
  public Activity {
    Checks.notNull(customer, "customer");
    Checks.text(driver, "driver", 100);
    Checks.argument(count >= 0, "count", "count must be >= 0");
  }
}
