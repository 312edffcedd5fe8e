package io.rapport.crm.spi;

import java.util.Objects;

/**
 * The repositories of one unit of work, one per {@link UnitOfWork} accessor, as an adapter builds
 * them in {@link AbstractUnitOfWork#createRepositories()}. Each component has the name and type of
 * the {@link UnitOfWork} method that returns it; the types all differ, so the compiler rejects a
 * repository passed in the wrong place. Immutable; as thread-safe as the repositories it holds.
 *
 * @param customers customers, with their contact points and tags
 * @param relationships relationships between customers
 * @param households households and their members
 * @param holdings holdings (products) of customers
 * @param leads leads, from capture to conversion
 * @param pipelines pipeline definitions, every version
 * @param opportunities opportunities, open, won and lost
 * @param stageHistory the stage history of opportunities
 * @param pipelineAnalytics forecast, win/loss, sales-cycle, funnel and time-in-stage aggregates
 * @param audit the per-tenant, hash-chained audit log
 * @param outbox the outbox of domain events awaiting delivery
 * @param consents the append-only consent history of customers and leads
 * @param segments segments and the customers their criteria select
 * @param campaigns campaigns and their cost lines
 * @param campaignMembers members of launched campaigns, and the launch itself
 * @param campaignMetrics the aggregated figures of campaigns
 * @param financialEvents financial events imported from core banking
 * @param customerFinance per-customer aggregates of the financial events
 * @param customerTenures every customer's registration, status and holdings
 * @param customerScores computed per-customer figures that segment criteria select on
 * @param customerMerges customer merge records and the re-pointing of rows naming a customer
 * @param retention keyset selections and deletions for retention, and its run checkpoints
 * @param personalData subject keys, legal holds and erasure records
 */
public record Repositories(
    CustomerRepository customers,
    RelationshipRepository relationships,
    HouseholdRepository households,
    HoldingRepository holdings,
    LeadRepository leads,
    PipelineRepository pipelines,
    OpportunityRepository opportunities,
    StageHistory stageHistory,
    PipelineAnalytics pipelineAnalytics,
    AuditLog audit,
    Outbox outbox,
    ConsentRepository consents,
    SegmentRepository segments,
    CampaignRepository campaigns,
    CampaignMemberRepository campaignMembers,
    CampaignMetricsQuery campaignMetrics,
    FinancialEventRepository financialEvents,
    CustomerFinanceQueries customerFinance,
    CustomerTenureQueries customerTenures,
    CustomerScoreRepository customerScores,
    CustomerMerges customerMerges,
    RetentionStore retention,
    PersonalDataStore personalData) {

  /**
   * Checks that every repository is present.
   *
   * @throws NullPointerException naming the first missing component (an adapter bug, not bad input)
   */
  public Repositories {
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(relationships, "relationships");
    Objects.requireNonNull(households, "households");
    Objects.requireNonNull(holdings, "holdings");
    Objects.requireNonNull(leads, "leads");
    Objects.requireNonNull(pipelines, "pipelines");
    Objects.requireNonNull(opportunities, "opportunities");
    Objects.requireNonNull(stageHistory, "stageHistory");
    Objects.requireNonNull(pipelineAnalytics, "pipelineAnalytics");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(outbox, "outbox");
    Objects.requireNonNull(consents, "consents");
    Objects.requireNonNull(segments, "segments");
    Objects.requireNonNull(campaigns, "campaigns");
    Objects.requireNonNull(campaignMembers, "campaignMembers");
    Objects.requireNonNull(campaignMetrics, "campaignMetrics");
    Objects.requireNonNull(financialEvents, "financialEvents");
    Objects.requireNonNull(customerFinance, "customerFinance");
    Objects.requireNonNull(customerTenures, "customerTenures");
    Objects.requireNonNull(customerScores, "customerScores");
    Objects.requireNonNull(customerMerges, "customerMerges");
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(personalData, "personalData");
  }
}
