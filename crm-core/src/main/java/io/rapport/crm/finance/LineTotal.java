package io.rapport.crm.finance;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;

/**
 * The sum of one customer's revenue or cost lines of one product, kind and currency over a period.
 * Currencies are never added together: a customer with lines in two currencies has two totals.
 *
 * @param customer the customer
 * @param product the product; null for customer-level lines
 * @param kind the kind of the lines (and so their side)
 * @param total the sum of the lines' amounts
 * @param lines how many lines were added, at least 1
 */
public record LineTotal(
    CustomerId customer, ProductType product, LineKind kind, Money total, long lines) {
  /** Checks presence and the line count. */
  public LineTotal {
    Checks.notNull(customer, "customer");
    Checks.notNull(kind, "kind");
    Checks.notNull(total, "total");
    Checks.argument(lines >= 1, "lines", "lines must be at least 1");
  }
}
