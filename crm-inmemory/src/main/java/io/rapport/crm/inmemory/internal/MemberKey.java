package io.rapport.crm.inmemory.internal;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.party.CustomerId;

/** The key of a campaign member: campaign and customer. */
record MemberKey(CampaignId campaign, CustomerId customer) {}
