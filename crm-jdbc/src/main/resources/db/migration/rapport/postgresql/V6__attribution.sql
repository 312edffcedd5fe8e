-- Rapport campaign attribution: the lookups the attribution query makes.
-- Touches of a won opportunity are the campaign memberships of its customer.
CREATE INDEX rapport_campaign_member_customer_ix
  ON rapport_campaign_member (tenant_id, customer_id, campaign_id);
-- Leads that responded to a campaign, and opportunities that name their campaign.
CREATE INDEX rapport_lead_campaign_ix ON rapport_lead (tenant_id, campaign_id);
CREATE INDEX rapport_opportunity_campaign_ix ON rapport_opportunity (tenant_id, campaign_id);
