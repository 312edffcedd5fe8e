package io.rapport.crm.sdk;

import io.rapport.crm.common.Money;
import io.rapport.crm.finance.ReportingPeriod;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The key figures of a reporting period, from {@link Analytics#kpis}. A figure whose denominator is
 * zero (no new customers, no customers at the start, no feedback) is empty, never zero.
 *
 * @param period the period
 * @param customersAtStart customers acquired before the period and not churned before it
 * @param customersAtEnd customers acquired by its last day and not churned by then
 * @param newCustomers customers acquired in the period
 * @param acquisitionCost (campaign costs in the period + sales costs) ÷ new customers
 * @param retentionRate (customers at end − new customers) ÷ customers at start
 * @param productsPerCustomer distinct product types open at the end of the period per customer
 *     holding at least one
 * @param averageRevenuePerCustomer revenue lines of the period ÷ customers at end
 * @param csat share of the host's feedback scores at or above its threshold
 * @param nps promoters (9–10) minus detractors (0–6), in percent of the responses
 */
public record KpiReport(
    ReportingPeriod period,
    int customersAtStart,
    int customersAtEnd,
    int newCustomers,
    Optional<Money> acquisitionCost,
    OptionalDouble retentionRate,
    double productsPerCustomer,
    Optional<Money> averageRevenuePerCustomer,
    OptionalDouble csat,
    OptionalDouble nps) {}
