package io.rapport.crm.analytics;

import io.rapport.crm.common.Money;

/**
 * One point of the whale curve: after the {@code rank} most profitable customers.
 *
 * @param rank how many customers, most profitable first
 * @param customerShare {@code rank / n}
 * @param cumulativeProfit the profit of those customers
 * @param profitShare the cumulative profit as a share of the total profit (1.0 = 100 %)
 */
public record WhalePoint(
    int rank, double customerShare, Money cumulativeProfit, double profitShare) {}
