package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.AuditHead;
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
import java.sql.Connection;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * One JDBC unit of work: the repositories of one transaction on one connection. Usable only on the
 * thread that opened it and only until its {@code inTransaction} call returns; any other use throws
 * {@link IllegalStateException}.
 */
public final class JdbcUnit implements UnitOfWork {
  private final Sql sql;
  private final Clock clock;
  private final Thread owner;
  private final Map<TenantId, AuditHead> lockedHeads = new HashMap<>();
  private final CustomerRepository customers = new JdbcCustomers(this);
  private final RelationshipRepository relationships = new JdbcRelationships(this);
  private final HouseholdRepository households = new JdbcHouseholds(this);
  private final HoldingRepository holdings = new JdbcHoldings(this);
  private final LeadRepository leads = new JdbcLeads(this);
  private final PipelineRepository pipelines = new JdbcPipelines(this);
  private final OpportunityRepository opportunities = new JdbcOpportunities(this);
  private final StageHistory stageHistory = new JdbcStageHistory(this);
  private final PipelineAnalytics pipelineAnalytics = new JdbcPipelineAnalytics(this);
  private final AuditLog audit = new JdbcAuditLog(this);
  private final Outbox outbox = new JdbcOutbox(this);
  private final ConsentRepository consents = new JdbcConsents(this);
  private final SegmentRepository segments = new JdbcSegments(this);
  private final CampaignRepository campaigns = new JdbcCampaigns(this);
  private final CampaignMemberRepository campaignMembers = new JdbcCampaignMembers(this);
  private final CampaignMetricsQuery campaignMetrics = new JdbcCampaignMetrics(this);
  private final FinancialEventRepository financialEvents = new JdbcFinancialEvents(this);
  private final CustomerFinanceQueries customerFinance = new JdbcCustomerFinance(this);
  private final io.rapport.crm.spi.CustomerTenureQueries customerTenures =
      new JdbcCustomerTenures(this);
  private final io.rapport.crm.spi.CustomerScoreRepository customerScores =
      new JdbcCustomerScores(this);
  private boolean active = true;

  JdbcUnit(Connection connection, StorageSettings settings) {
    this.sql = new Sql(connection, settings.dialect(), settings.batchSize(), settings.tables());
    this.clock = settings.clock();
    this.owner = Thread.currentThread();
  }

  /**
   * The statements of this unit, after checking that the unit may be used and {@code tenant} is
   * present.
   */
  Sql enter(TenantId tenant) {
    checkUsable();
    Checks.notNull(tenant, "tenant");
    return sql;
  }

  Clock clock() {
    return clock;
  }

  /** The head this unit locked for {@code tenant} (as moved by its appends), or null. */
  AuditHead lockedHead(TenantId tenant) {
    return lockedHeads.get(tenant);
  }

  void lockedHead(TenantId tenant, AuditHead head) {
    lockedHeads.put(tenant, head);
  }

  /** Whether the database rolled the unit's transaction back on its own (see {@link Sql}). */
  boolean transactionLost() {
    return sql.transactionLost();
  }

  /** Whether the unit is still open. */
  boolean active() {
    return active;
  }

  /** Ends the unit; later use throws. */
  void end() {
    active = false;
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
