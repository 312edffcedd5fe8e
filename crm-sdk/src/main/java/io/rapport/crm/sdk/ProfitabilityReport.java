package io.rapport.crm.sdk;

import io.rapport.crm.analytics.CustomerProfit;
import io.rapport.crm.analytics.WhalePoint;
import java.util.Currency;
import java.util.List;

/**
 * Customer profitability over a reporting period in one currency, from {@link
 * Analytics#profitability}. Every list is ordered as the calculator in {@link
 * io.rapport.crm.analytics.Profitability} orders it; keys are customer ids (canonical text),
 * product type names ({@code CUSTOMER} for lines without a product) or household ids.
 *
 * @param currency the reporting currency every amount is in
 * @param customers one profit per customer with a line or an activity, by customer id
 * @param products one profit per product type, by name
 * @param households one profit per household of those customers, by household id
 * @param whaleCurve customers by descending profit with the cumulative share; empty when the total
 *     profit is not positive
 * @param deciles the ten profit deciles of the customers (rank i of n in decile ⌊10i/n⌋+1), empty
 *     when there is no customer
 */
public record ProfitabilityReport(
    Currency currency,
    List<CustomerProfit> customers,
    List<CustomerProfit> products,
    List<CustomerProfit> households,
    List<WhalePoint> whaleCurve,
    List<CustomerProfit> deciles) {

  /** Copies the lists. */
  public ProfitabilityReport {
    customers = List.copyOf(customers);
    products = List.copyOf(products);
    households = List.copyOf(households);
    whaleCurve = List.copyOf(whaleCurve);
    deciles = List.copyOf(deciles);
  }
}
