package io.rapport.crm.sdk;

import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.lead.Lead;

/**
 * The outcome of {@link Campaigns#respond}: the member, now {@code RESPONDED}, and the lead its
 * response captured.
 *
 * @param replayed true when the same response was tracked before: the first lead is returned and
 *     nothing was stored
 */
public record Responded(CampaignMember member, Lead lead, boolean replayed) {}
