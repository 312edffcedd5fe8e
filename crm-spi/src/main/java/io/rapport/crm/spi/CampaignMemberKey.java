package io.rapport.crm.spi;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;

/**
 * The key of a campaign member: the campaign and the customer. Ordered, in keyset pages, by
 * campaign id then customer id (canonical lower-case text, compared by code point).
 *
 * @param campaign the campaign
 * @param customer the customer
 */
public record CampaignMemberKey(CampaignId campaign, CustomerId customer) {
  /**
   * Checks presence.
   *
   * @throws io.rapport.crm.common.InvalidValueException if a component is null
   */
  public CampaignMemberKey {
    Checks.notNull(campaign, "campaign");
    Checks.notNull(customer, "customer");
  }
}
