package io.rapport.crm.inmemory.internal;

import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.EventId;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentRecordId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.LegalHold;
import io.rapport.crm.compliance.RetainedRecordType;
import io.rapport.crm.compliance.SubjectKey;
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
import io.rapport.crm.party.merge.MergeId;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.StageChange;
import io.rapport.crm.spi.AbstractUnitOfWork;
import io.rapport.crm.spi.MergeRecord;
import io.rapport.crm.spi.Repositories;
import io.rapport.crm.spi.RetentionCheckpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One in-memory unit of work: the writes of one transaction, private to it until {@link #commit()}
 * publishes them all at once. Valid only on its thread until it ends; any use afterwards throws
 * {@link IllegalStateException}.
 */
public final class Unit extends AbstractUnitOfWork {
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
  final TableWrites<ScoreKey, CustomerScore> scoreRows;
  final TableWrites<MergeId, MergeRecord> mergeRows;
  final TableWrites<RetainedRecordType, RetentionCheckpoint> checkpointRows;
  final TableWrites<String, AuditHead> auditAnchorRows;
  final TableWrites<ConsentSubject, SubjectKey> subjectKeyRows;
  final TableWrites<CustomerId, LegalHold> legalHoldRows;
  final TableWrites<ConsentSubject, Instant> erasureRows;

  /** What {@link #commit()} publishes: every table's writes, in the order declared above. */
  private final List<Runnable> commits = new ArrayList<>();

  /** Opens a unit over {@code store} for the current thread. */
  Unit(Store store) {
    this.customerRows = tracked(new TableWrites<>(store.customers));
    this.relationshipRows = tracked(new TableWrites<>(store.relationships));
    this.householdRows = tracked(new TableWrites<>(store.households));
    this.holdingRows = tracked(new TableWrites<>(store.holdings));
    this.leadRows = tracked(new TableWrites<>(store.leads));
    this.pipelineRows = tracked(new TableWrites<>(store.pipelines));
    this.opportunityRows = tracked(new TableWrites<>(store.opportunities));
    this.stageChangeRows = tracked(new TableWrites<>(store.stageChanges));
    this.outboxRows = tracked(new TableWrites<>(store.outbox));
    this.consentRows = tracked(new TableWrites<>(store.consents));
    this.segmentRows = tracked(new TableWrites<>(store.segments));
    this.campaignRows = tracked(new TableWrites<>(store.campaigns));
    this.memberRows = tracked(new TableWrites<>(store.campaignMembers));
    this.auditRows = new AuditWrites(store.audit);
    commits.add(auditRows::commit);
    this.financialEventRows = tracked(new TableWrites<>(store.financialEvents));
    this.scoreRows = tracked(new TableWrites<>(store.customerScores));
    this.mergeRows = tracked(new TableWrites<>(store.customerMerges));
    this.checkpointRows = tracked(new TableWrites<>(store.retentionCheckpoints));
    this.auditAnchorRows = tracked(new TableWrites<>(store.auditAnchors));
    this.subjectKeyRows = tracked(new TableWrites<>(store.subjectKeys));
    this.legalHoldRows = tracked(new TableWrites<>(store.legalHolds));
    this.erasureRows = tracked(new TableWrites<>(store.erasures));
  }

  @Override
  protected Repositories createRepositories() {
    return new Repositories(
        new InMemoryCustomers(this),
        new InMemoryRelationships(this),
        new InMemoryHouseholds(this),
        new InMemoryHoldings(this),
        new InMemoryLeads(this),
        new InMemoryPipelines(this),
        new InMemoryOpportunities(this),
        new InMemoryStageHistory(this),
        new InMemoryPipelineAnalytics(this),
        new InMemoryAuditLog(this),
        new InMemoryOutbox(this),
        new InMemoryConsents(this),
        new InMemorySegments(this),
        new InMemoryCampaigns(this),
        new InMemoryCampaignMembers(this),
        new InMemoryCampaignMetrics(this),
        new InMemoryFinancialEvents(this),
        new InMemoryCustomerFinance(this),
        new InMemoryCustomerTenures(this),
        new InMemoryCustomerScores(this),
        new InMemoryCustomerMerges(this),
        new InMemoryRetention(this),
        new InMemoryPersonalData(this));
  }

  /** Publishes every write of this unit and ends it. Call while holding the storage lock. */
  public void commit() {
    checkUsable();
    commits.forEach(Runnable::run);
    end();
  }

  /**
   * Checks that the unit is open and used on its own thread, and that {@code tenant} is present.
   *
   * @return the tenant
   */
  TenantId enter(TenantId tenant) {
    return checkUsable(tenant);
  }

  /** The tenant's audit anchor as this unit sees it (see {@code RetentionStore#auditAnchor}). */
  AuditHead auditAnchor(TenantId tenant) {
    AuditHead anchor = auditAnchorRows.get(tenant, InMemoryRetention.ANCHOR);
    return anchor == null ? AuditHead.EMPTY : anchor;
  }

  private <K, V> TableWrites<K, V> tracked(TableWrites<K, V> rows) {
    commits.add(rows::commit);
    return rows;
  }
}
