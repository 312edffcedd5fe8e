package io.rapport.crm.analytics;

import java.time.YearMonth;

/**
 * Churn and retention in one month.
 *
 * @param month the month
 * @param atStart customers acquired before the month and not churned before it
 * @param churned of those, how many churned during the month
 * @param acquired customers acquired during the month
 * @param churnRate {@code churned / atStart}, 0 when nobody was a customer at the start
 * @param retentionRate {@code 1 − churnRate}
 */
public record PeriodRetention(
    YearMonth month,
    int atStart,
    int churned,
    int acquired,
    double churnRate,
    double retentionRate) {}
