package io.rapport.crm.spi;

import io.rapport.crm.campaign.AttributedOutcomes;
import io.rapport.crm.campaign.AttributionModel;
import io.rapport.crm.campaign.CampaignFigures;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.common.TenantId;
import java.util.Collection;
import java.util.Map;

/**
 * Aggregates the figures campaign metrics are computed from. Adapters with {@link
 * StorageFeature#QUERY_PUSHDOWN} run it inside the store in a fixed number of round trips whatever
 * the number of members or cost lines. Arguments must not be null.
 */
public interface CampaignMetricsQuery {

  /** The most campaigns one call accepts. */
  int MAX_CAMPAIGNS = 500;

  /**
   * The figures of each campaign (at most {@link #MAX_CAMPAIGNS}), one entry per given id, unknown
   * ids with {@link CampaignFigures#none}: members per stage reached, conversion values and cost
   * lines each summed per currency and UTC day (ordered by day, then currency), never across
   * currencies. Each cost line counts once per campaign.
   *
   * @throws io.rapport.crm.common.InvalidValueException if more than {@link #MAX_CAMPAIGNS} ids are
   *     given
   */
  Map<CampaignId, CampaignFigures> figures(TenantId tenant, Collection<CampaignId> campaigns);

  /**
   * The outcomes attributed to each campaign (at most {@link #MAX_CAMPAIGNS}) under {@code model},
   * one entry per given id ({@link AttributedOutcomes#none()} when nothing is attributed): leads
   * whose source is a response to the campaign, won opportunities credited to it as {@link
   * AttributionModel} defines, and their won amounts summed per currency and won day (ordered by
   * day, then currency), never across currencies. Adapters with {@link
   * StorageFeature#QUERY_PUSHDOWN} run it in a fixed number of round trips whatever the number of
   * leads, members or opportunities.
   *
   * @throws io.rapport.crm.common.InvalidValueException if more than {@link #MAX_CAMPAIGNS} ids are
   *     given
   */
  Map<CampaignId, AttributedOutcomes> attributed(
      TenantId tenant, Collection<CampaignId> campaigns, AttributionModel model);
}
