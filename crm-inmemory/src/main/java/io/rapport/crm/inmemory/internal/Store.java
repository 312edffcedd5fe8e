package io.rapport.crm.inmemory.internal;

import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.EventId;
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
import io.rapport.crm.spi.MergeRecord;
import io.rapport.crm.spi.RetentionCheckpoint;
import java.time.Instant;

/**
 * All committed data of one in-memory storage. Not thread-safe by itself: the storage reads and
 * changes it only while holding its lock.
 */
public final class Store {
  final Table<CustomerId, Customer> customers = new Table<>();
  final Table<RelationshipId, Relationship> relationships = new Table<>();
  final Table<HouseholdId, Household> households = new Table<>();
  final Table<HoldingId, Holding> holdings = new Table<>();
  final Table<LeadId, Lead> leads = new Table<>();
  final Table<InMemoryPipelines.Key, PipelineDefinition> pipelines = new Table<>();
  final Table<OpportunityId, Opportunity> opportunities = new Table<>();
  final Table<InMemoryStageHistory.Key, StageChange> stageChanges = new Table<>();
  final Table<EventId, OutboxRow> outbox = new Table<>();
  final AuditTable audit = new AuditTable();
  final Table<ConsentRecordId, ConsentRecord> consents = new Table<>();
  final Table<SegmentId, Segment> segments = new Table<>();
  final Table<CampaignId, Campaign> campaigns = new Table<>();
  final Table<MemberKey, CampaignMember> campaignMembers = new Table<>();
  final Table<EventKey, FinancialEvent> financialEvents = new Table<>();
  final Table<ScoreKey, CustomerScore> customerScores = new Table<>();
  final Table<MergeId, MergeRecord> customerMerges = new Table<>();
  final Table<RetainedRecordType, RetentionCheckpoint> retentionCheckpoints = new Table<>();
  final Table<String, AuditHead> auditAnchors = new Table<>();
  final Table<ConsentSubject, SubjectKey> subjectKeys = new Table<>();
  final Table<CustomerId, LegalHold> legalHolds = new Table<>();
  final Table<ConsentSubject, Instant> erasures = new Table<>();

  /** Opens a unit of work over this store for the current thread. */
  public Unit open() {
    return new Unit(this);
  }
}
