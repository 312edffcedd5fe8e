package io.rapport.crm.campaign;

import io.rapport.crm.common.internal.Checks;
import java.util.List;

/**
 * Outcomes attributed to a campaign from outside its member list: leads created from it, won
 * opportunities and their revenue. Supplied by the caller until the leads and pipeline contexts
 * attribute them (first-touch or last-touch is the caller's choice, made before they get here).
 *
 * @param leads leads attributed to the campaign
 * @param wonOpportunities won opportunities attributed to the campaign (acquisitions)
 * @param revenue the revenue of those wins, dated for conversion
 */
public record AttributedOutcomes(long leads, long wonOpportunities, List<DatedAmount> revenue) {
  /** Checks counts and copies the revenue. */
  public AttributedOutcomes {
    Checks.argument(leads >= 0, "leads", "leads must not be negative");
    Checks.argument(
        wonOpportunities >= 0, "wonOpportunities", "wonOpportunities must not be negative");
    revenue = Checks.list(revenue, "revenue");
  }

  /** Nothing attributed from outside the member list. */
  public static AttributedOutcomes none() {
    return new AttributedOutcomes(0, 0, List.of());
  }
}
