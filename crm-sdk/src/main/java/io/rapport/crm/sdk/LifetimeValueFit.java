package io.rapport.crm.sdk;

import io.rapport.crm.analytics.BgNbdModel;
import io.rapport.crm.analytics.GammaGammaModel;

/**
 * The two models fitted on a tenant's stored purchase summaries by {@link Analytics#lifetimeValue}:
 * BG/NBD for the number of purchases and P(alive), Gamma-Gamma for the value of a purchase.
 *
 * @param purchases the BG/NBD model, with the log-likelihood of the fit
 * @param value the Gamma-Gamma model, fitted on the repeat buyers
 * @param customers the number of customers (summaries) the BG/NBD model was fitted on
 * @param repeatBuyers the customers with at least one repeat purchase day
 */
public record LifetimeValueFit(
    BgNbdModel purchases, GammaGammaModel value, long customers, long repeatBuyers) {}
