package io.rapport.crm.sdk;

import io.rapport.crm.analytics.PurchaseSummary;
import io.rapport.crm.analytics.ValueForecast;
import io.rapport.crm.party.CustomerId;

/**
 * One customer's predicted value, as {@link Analytics#lifetimeValue} hands it to the sink.
 *
 * @param summary the stored purchase summary the forecast starts from (frequency, recency, age)
 * @param forecast expected transactions in the horizon, P(alive), expected average value and the
 *     discounted CLV, in the currency of the fit
 */
public record CustomerValue(PurchaseSummary summary, ValueForecast forecast) {

  /** The customer. */
  public CustomerId customer() {
    return summary.customer();
  }
}
