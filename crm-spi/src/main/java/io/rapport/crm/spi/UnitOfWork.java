package io.rapport.crm.spi;

/**
 * The repositories of one transaction. Valid only inside the {@link CrmStorage#inTransaction} call
 * that handed it out, and only on that call's thread: any use after that call ended, or from
 * another thread, throws {@link IllegalStateException}.
 */
public interface UnitOfWork {
  /** Customers, with their contact points and tags. */
  CustomerRepository customers();

  /** Relationships between customers. */
  RelationshipRepository relationships();

  /** Households and their members. */
  HouseholdRepository households();

  /** Holdings (products) of customers. */
  HoldingRepository holdings();

  /** Leads, from capture to conversion. */
  LeadRepository leads();

  /** Pipeline definitions, every version. */
  PipelineRepository pipelines();

  /** Opportunities, open, won and lost. */
  OpportunityRepository opportunities();

  /** The stage history of opportunities. */
  StageHistory stageHistory();

  /** Forecast, win/loss, sales-cycle, funnel and time-in-stage aggregates. */
  PipelineAnalytics pipelineAnalytics();

  /** The per-tenant, hash-chained audit log. */
  AuditLog audit();

  /** The outbox of domain events awaiting delivery. */
  Outbox outbox();

  /** The append-only consent history of customers and leads. */
  ConsentRepository consents();

  /** Segments and the customers their criteria select. */
  SegmentRepository segments();

  /** Campaigns and their cost lines. */
  CampaignRepository campaigns();

  /** Members of launched campaigns, and the launch itself. */
  CampaignMemberRepository campaignMembers();

  /** The aggregated figures of campaigns. */
  CampaignMetricsQuery campaignMetrics();

  /** Financial events (revenue, cost and purchase lines) imported from core banking. */
  FinancialEventRepository financialEvents();

  /** Per-customer aggregates of the financial events. */
  CustomerFinanceQueries customerFinance();

  /** Every customer's registration, status and holdings, for churn, KPIs and cross-sell. */
  CustomerTenureQueries customerTenures();

  /** Computed per-customer figures (RFM, CLV, P(alive)) that segment criteria select on. */
  CustomerScoreRepository customerScores();

  /** Customer merge records and the re-pointing of rows that name a customer. */
  CustomerMerges customerMerges();

  /** Keyset selections and deletions for retention, and the checkpoints of its runs. */
  RetentionStore retention();

  /** Subject keys, legal holds and erasure records, for GDPR erasure. */
  PersonalDataStore personalData();
}
