package io.rapport.crm.pipeline;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.lead.LeadId;

/**
 * Where an opportunity came from, as the win/loss breakdown groups it. Lead sources (web form,
 * referral…) are not copied onto opportunities, so the breakdown distinguishes only whether a
 * campaign or a lead is linked: a campaign wins over a lead when both are.
 */
public enum DealSource {
  /** Linked to a campaign. */
  CAMPAIGN,
  /** Converted from a lead, no campaign. */
  LEAD,
  /** Neither. */
  NONE;

  /** The source of an opportunity with these links (either may be null). */
  public static DealSource of(LeadId lead, CampaignId campaign) {
    if (campaign != null) {
      return CAMPAIGN;
    }
    return lead != null ? LEAD : NONE;
  }
}
