package io.rapport.crm.sdk;

import io.rapport.crm.campaign.AttributedOutcomes;
import io.rapport.crm.campaign.AttributionModel;
import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.campaign.CampaignMetrics;
import io.rapport.crm.campaign.CampaignStateException;
import io.rapport.crm.campaign.CampaignStatus;
import io.rapport.crm.campaign.CostLine;
import io.rapport.crm.campaign.LaunchResult;
import io.rapport.crm.campaign.MemberStatus;
import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.MissingExchangeRateException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.party.CustomerId;
import java.util.List;
import java.util.Map;

/**
 * Marketing campaigns: planning, launch with consent filtering, member tracking, costs and metrics.
 * Every change is audited and emits an event ({@code campaign.planned}, {@code campaign.launched},
 * {@code campaign.costRecorded}, {@code campaign.completed}, {@code campaign.cancelled}, {@code
 * campaignMember.<status>}) in the same unit of work. A null argument is refused with a {@link
 * CommandValidationException} naming it. Thread-safe.
 */
public interface Campaigns {

  /**
   * Stores a planned campaign.
   *
   * @throws CommandValidationException listing every invalid field (e.g. an end before the start)
   * @throws RecordNotFoundException if the segment or the parent campaign is not in the tenant
   */
  Campaign plan(Caller caller, PlanCampaign command);

  /**
   * Launches a planned campaign: resolves its segment now, drops every customer without consent for
   * the campaign's purpose over each of its channels, records the rest as targeted members (a
   * snapshot), and marks the campaign active, all in one unit of work.
   *
   * @return candidates, members and the dropped per consent reason
   * @throws RecordNotFoundException if the campaign or its segment is not in the tenant
   * @throws CampaignStateException if the campaign is not planned
   * @throws ConcurrentUpdateException if the campaign changed concurrently; nothing is stored
   */
  LaunchResult launch(Caller caller, CampaignId campaign);

  /**
   * Adds an actual cost line (allowed in every status).
   *
   * @throws RecordNotFoundException if the campaign is not in the tenant
   * @throws CommandValidationException if the line is invalid
   */
  Campaign recordCost(Caller caller, CampaignId campaign, CostLine line);

  /**
   * Completes or cancels the campaign.
   *
   * @throws RecordNotFoundException if the campaign is not in the tenant
   * @throws CampaignStateException if its lifecycle does not allow the move
   * @throws CommandValidationException if {@code target} is neither COMPLETED nor CANCELLED
   */
  Campaign close(Caller caller, CampaignId campaign, CampaignStatus target);

  /**
   * Moves a member to {@code status} now; {@code value} is the conversion value for {@link
   * MemberStatus#CONVERTED} (may be null). {@link MemberStatus#UNSUBSCRIBED} also withdraws the
   * member's consent for the campaign's purpose over each of its channels, in the same unit.
   *
   * @throws RecordNotFoundException if the campaign is not in the tenant or the customer is not a
   *     member
   * @throws CampaignStateException if the member's lifecycle does not allow the move
   * @throws CommandValidationException if a value is given for another status
   */
  CampaignMember track(
      Caller caller, CampaignId campaign, CustomerId customer, MemberStatus status, Money value);

  /**
   * Tracks the member's response and captures a lead from it in the same unit of work: source
   * {@link io.rapport.crm.lead.SourceKind#CAMPAIGN_RESPONSE} with this campaign, interest {@code
   * interest}, named like the customer and linked to it (a conversion attaches to the customer).
   * The member moves to {@link MemberStatus#RESPONDED} unless it is there already. The lead's
   * capture key is {@code campaign-response/<campaign>/<customer>}, so responding again returns the
   * first lead ({@link Responded#replayed()}) and stores nothing.
   *
   * @throws RecordNotFoundException if the campaign is not in the tenant or the customer is not a
   *     member
   * @throws CampaignStateException if the member's lifecycle does not allow a response
   */
  Responded respond(Caller caller, CampaignId campaign, CustomerId customer, ProductType interest);

  /**
   * The campaign.
   *
   * @throws RecordNotFoundException if it is not in the tenant
   */
  Campaign get(Caller caller, CampaignId id);

  /**
   * The metrics of each campaign (at most 500), in the order given, from figures aggregated in the
   * store and the outcomes the store attributes under {@code model}: leads captured from responses
   * to the campaign, and won opportunities with their revenue credited first-touch or last-touch as
   * {@link AttributionModel} defines (an opportunity naming its campaign is credited to it under
   * both). Revenue is converted to the campaign's currency at the rate of its won day. Formulas:
   * see {@link CampaignMetrics}; the cost counts once per campaign however many wins it has.
   *
   * @throws RecordNotFoundException if a campaign is not in the tenant
   * @throws MissingExchangeRateException if an amount in another currency has no rate for its day
   */
  List<CampaignMetrics> metrics(
      Caller caller, List<CampaignId> campaigns, AttributionModel model, ExchangeRates rates);

  /**
   * Like {@link #metrics(Caller, List, AttributionModel, ExchangeRates)} but with outcomes the host
   * attributed itself (e.g. deals won in a system outside Rapport), used instead of the stored
   * attribution; {@link AttributedOutcomes#none()} when a campaign has no entry.
   *
   * @throws RecordNotFoundException if a campaign is not in the tenant
   * @throws MissingExchangeRateException if an amount in another currency has no rate for its day
   */
  List<CampaignMetrics> metrics(
      Caller caller,
      List<CampaignId> campaigns,
      Map<CampaignId, AttributedOutcomes> outcomes,
      ExchangeRates rates);
}
