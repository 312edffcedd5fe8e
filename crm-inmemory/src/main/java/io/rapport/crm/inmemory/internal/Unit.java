package io.rapport.crm.inmemory.internal;

import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.EventId;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentRecordId;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingId;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdId;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.RelationshipId;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.StageChange;
import io.rapport.crm.spi.AuditLog;
import io.rapport.crm.spi.CampaignMemberRepository;
import io.rapport.crm.spi.CampaignMetricsQuery;
import io.rapport.crm.spi.CampaignRepository;
import io.rapport.crm.spi.ConsentRepository;
import io.rapport.crm.spi.CustomerFinanceQueries;
import io.rapport.crm.spi.CustomerRepository;
import io.rapport.crm.spi.FinancialEventRepository;
import io.rapport.crm.spi.HoldingRepository;
import io.rapport.crm.spi.HouseholdRepository;
import io.rapport.crm.spi.LeadRepository;
import io.rapport.crm.spi.OpportunityRepository;
import io.rapport.crm.spi.Outbox;
import io.rapport.crm.spi.PipelineAnalytics;
import io.rapport.crm.spi.PipelineRepository;
import io.rapport.crm.spi.RelationshipRepository;
import io.rapport.crm.spi.SegmentRepository;
import io.rapport.crm.spi.StageHistory;
import io.rapport.crm.spi.UnitOfWork;

/**
 * One in-memory unit of work: the writes of one transaction, private to it until {@link #commit()}
 * publishes them all at once. Valid only on its thread until it ends; any use afterwards throws
 * {@link IllegalStateException}.
 */
public final class Unit implements UnitOfWork {
  final TableWrites<CustomerId, Customer> customerRows;
  final TableWrites<RelationshipId, Relationship> relationshipRows;
  final TableWrites<HouseholdId, Household> householdRows;
  final TableWrites<HoldingId, Holding> holdingRows;
  final TableWrites<LeadId, Lead> leadRows;
  final TableWrites<InMemoryPipelines.Key, PipelineDefinition> pipelineRows;
  final TableWrites<OpportunityId, Opportunity> opportunityRows;
  final TableWrites<InMemoryStageHistory.Key, StageChange> stageChangeRows;
  final TableWrites<EventId, OutboxRow> outboxRows;
  final TableWrites<ConsentRecordId, ConsentRecord> consentRows;
  final TableWrites<SegmentId, Segment> segmentRows;
  final TableWrites<CampaignId, Campaign> campaignRows;
  final TableWrites<MemberKey, CampaignMember> memberRows;
  final AuditWrites auditRows;
  final TableWrites<EventKey, FinancialEvent> financialEventRows;
  final TableWrites<ScoreKey, io.rapport.crm.analytics.CustomerScore> scoreRows;
  private final Thread owner;
  private final CustomerRepository customers = new InMemoryCustomers(this);
  private final RelationshipRepository relationships = new InMemoryRelationships(this);
  private final HouseholdRepository households = new InMemoryHouseholds(this);
  private final HoldingRepository holdings = new InMemoryHoldings(this);
  private final LeadRepository leads = new InMemoryLeads(this);
  private final PipelineRepository pipelines = new InMemoryPipelines(this);
  private final OpportunityRepository opportunities = new InMemoryOpportunities(this);
  private final StageHistory stageHistory = new InMemoryStageHistory(this);
  private final PipelineAnalytics pipelineAnalytics = new InMemoryPipelineAnalytics(this);
  private final AuditLog audit = new InMemoryAuditLog(this);
  private final Outbox outbox = new InMemoryOutbox(this);
  private final ConsentRepository consents = new InMemoryConsents(this);
  private final SegmentRepository segments = new InMemorySegments(this);
  private final CampaignRepository campaigns = new InMemoryCampaigns(this);
  private final CampaignMemberRepository campaignMembers = new InMemoryCampaignMembers(this);
  private final CampaignMetricsQuery campaignMetrics = new InMemoryCampaignMetrics(this);
  private final FinancialEventRepository financialEvents = new InMemoryFinancialEvents(this);
  private final CustomerFinanceQueries customerFinance = new InMemoryCustomerFinance(this);
  private final io.rapport.crm.spi.CustomerTenureQueries customerTenures =
      new InMemoryCustomerTenures(this);
  private final io.rapport.crm.spi.CustomerScoreRepository customerScores =
      new InMemoryCustomerScores(this);
  private boolean active = true;

  Unit(Store store, Thread owner) {
    this.owner = owner;
    this.customerRows = new TableWrites<>(store.customers);
    this.relationshipRows = new TableWrites<>(store.relationships);
    this.householdRows = new TableWrites<>(store.households);
    this.holdingRows = new TableWrites<>(store.holdings);
    this.leadRows = new TableWrites<>(store.leads);
    this.pipelineRows = new TableWrites<>(store.pipelines);
    this.opportunityRows = new TableWrites<>(store.opportunities);
    this.stageChangeRows = new TableWrites<>(store.stageChanges);
    this.outboxRows = new TableWrites<>(store.outbox);
    this.consentRows = new TableWrites<>(store.consents);
    this.segmentRows = new TableWrites<>(store.segments);
    this.campaignRows = new TableWrites<>(store.campaigns);
    this.memberRows = new TableWrites<>(store.campaignMembers);
    this.auditRows = new AuditWrites(store.audit);
    this.financialEventRows = new TableWrites<>(store.financialEvents);
    this.scoreRows = new TableWrites<>(store.customerScores);
  }

  /** Publishes every write of this unit and ends it. Call while holding the storage lock. */
  public void commit() {
    checkUsable();
    customerRows.commit();
    relationshipRows.commit();
    householdRows.commit();
    holdingRows.commit();
    leadRows.commit();
    pipelineRows.commit();
    opportunityRows.commit();
    stageChangeRows.commit();
    outboxRows.commit();
    consentRows.commit();
    segmentRows.commit();
    campaignRows.commit();
    memberRows.commit();
    auditRows.commit();
    financialEventRows.commit();
    scoreRows.commit();
    active = false;
  }

  /** Ends this unit without publishing anything. */
  public void discard() {
    active = false;
  }

  /** Whether the unit is still open. */
  public boolean active() {
    return active;
  }

  /**
   * Checks that the unit is open and used on its own thread, and that {@code tenant} is present.
   *
   * @return the tenant
   */
  TenantId enter(TenantId tenant) {
    checkUsable();
    return Checks.notNull(tenant, "tenant");
  }

  private void checkUsable() {
    if (!active) {
      throw new IllegalStateException(
          "This unit of work has ended; use the one of the current inTransaction call");
    }
    if (Thread.currentThread() != owner) {
      throw new IllegalStateException(
          "A unit of work may only be used on the thread that runs its inTransaction call");
    }
  }

  @Override
  public CustomerRepository customers() {
    checkUsable();
    return customers;
  }

  @Override
  public RelationshipRepository relationships() {
    checkUsable();
    return relationships;
  }

  @Override
  public HouseholdRepository households() {
    checkUsable();
    return households;
  }

  @Override
  public HoldingRepository holdings() {
    checkUsable();
    return holdings;
  }

  @Override
  public LeadRepository leads() {
    checkUsable();
    return leads;
  }

  @Override
  public PipelineRepository pipelines() {
    checkUsable();
    return pipelines;
  }

  @Override
  public OpportunityRepository opportunities() {
    checkUsable();
    return opportunities;
  }

  @Override
  public StageHistory stageHistory() {
    checkUsable();
    return stageHistory;
  }

  @Override
  public PipelineAnalytics pipelineAnalytics() {
    checkUsable();
    return pipelineAnalytics;
  }

  @Override
  public AuditLog audit() {
    checkUsable();
    return audit;
  }

  @Override
  public Outbox outbox() {
    checkUsable();
    return outbox;
  }

  @Override
  public ConsentRepository consents() {
    checkUsable();
    return consents;
  }

  @Override
  public SegmentRepository segments() {
    checkUsable();
    return segments;
  }

  @Override
  public CampaignRepository campaigns() {
    checkUsable();
    return campaigns;
  }

  @Override
  public CampaignMemberRepository campaignMembers() {
    checkUsable();
    return campaignMembers;
  }

  @Override
  public CampaignMetricsQuery campaignMetrics() {
    checkUsable();
    return campaignMetrics;
  }

  @Override
  public FinancialEventRepository financialEvents() {
    checkUsable();
    return financialEvents;
  }

  @Override
  public CustomerFinanceQueries customerFinance() {
    checkUsable();
    return customerFinance;
  }

  @Override
  public io.rapport.crm.spi.CustomerScoreRepository customerScores() {
    checkUsable();
    return customerScores;
  }

  @Override
  public io.rapport.crm.spi.CustomerTenureQueries customerTenures() {
    checkUsable();
    return customerTenures;
  }
}
