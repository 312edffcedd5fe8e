package io.rapport.crm.analytics;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;

/**
 * A revenue or direct-cost amount of one customer and product, e.g. net interest margin, a fee, or
 * a provision. Amounts are positive; the kind says which side of the profit they are on.
 *
 * @param customer the customer
 * @param product the host's product code, e.g. "MORTGAGE" or "GOLD-CARD"
 * @param kind revenue or direct cost
 * @param amount the amount, at least zero
 */
public record ProfitLine(CustomerId customer, String product, Kind kind, Money amount) {
  /** Which side of the profit a line is on. */
  public enum Kind {
    /** Revenue: net interest margin, fees, commissions. */
    REVENUE,
    /** A cost caused directly by this customer and product: servicing, acquisition, risk. */
    DIRECT_COST
  }

  /** Checks presence and a non-negative amount. */
  public ProfitLine {
    Checks.notNull(customer, "customer");
    Checks.text(product, "product", 100);
    Checks.notNull(kind, "kind");
    Checks.notNull(amount, "amount");
    Checks.argument(!amount.isNegative(), "amount", "amount must not be negative");
  }

  /** A revenue line. */
  public static ProfitLine revenue(CustomerId customer, String product, Money amount) {
    return new ProfitLine(customer, product, Kind.REVENUE, amount);
  }

  /** A direct-cost line. */
  public static ProfitLine directCost(CustomerId customer, String product, Money amount) {
    return new ProfitLine(customer, product, Kind.DIRECT_COST, amount);
  }
}
