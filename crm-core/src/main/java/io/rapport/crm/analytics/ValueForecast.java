package io.rapport.crm.analytics;

/**
 * One customer's predicted future over a horizon, from {@link LifetimeValue#forecast}.
 *
 * @param expectedTransactions BG/NBD expected purchases in the horizon
 * @param probabilityAlive BG/NBD probability that the customer is still active
 * @param expectedAverageValue Gamma-Gamma expected value of a future purchase
 * @param clv the discounted value of the expected purchases in the horizon
 */
public record ValueForecast(
    double expectedTransactions,
    double probabilityAlive,
    double expectedAverageValue,
    double clv) {}
