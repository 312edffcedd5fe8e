package io.rapport.crm.campaign;

import io.rapport.crm.common.internal.Checks;
import java.util.List;

/**
 * The raw figures of one campaign as storage aggregates them: members per stage reached, the
 * conversion values and the actual costs, each summed per currency and day (never across
 * currencies). Input to {@link CampaignMetrics#of}.
 */
public record CampaignFigures(
    CampaignId campaign,
    long members,
    long sent,
    long delivered,
    long bounced,
    long opened,
    long clicked,
    long responded,
    long unsubscribed,
    long converted,
    List<DatedAmount> conversionValues,
    List<DatedAmount> costs) {

  /** Checks presence and that counts are not negative. */
  public CampaignFigures {
    Checks.notNull(campaign, "campaign");
    for (long count :
        new long[] {
          members, sent, delivered, bounced, opened, clicked, responded, unsubscribed, converted
        }) {
      Checks.argument(count >= 0, "figures", "counts must not be negative");
    }
    conversionValues = Checks.list(conversionValues, "conversionValues");
    costs = Checks.list(costs, "costs");
  }

  /** A campaign without members or costs. */
  public static CampaignFigures none(CampaignId campaign) {
    return new CampaignFigures(campaign, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of());
  }
}
