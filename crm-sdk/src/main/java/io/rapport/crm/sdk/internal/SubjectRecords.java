package io.rapport.crm.sdk.internal;

import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.common.ScoreKind;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.StageChange;
import io.rapport.crm.spi.UnitOfWork;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The records about one customer whose number per customer is small (everything but financial
 * events and audit entries), read together in one unit of work.
 */
record SubjectRecords(
    Customer customer,
    List<Relationship> relationships,
    List<Household> households,
    List<Holding> holdings,
    List<Lead> leads,
    List<Opportunity> opportunities,
    List<StageChange> stageHistory,
    List<ConsentRecord> consents,
    List<CampaignMember> campaignMemberships,
    List<Segment> segmentLists,
    List<CustomerScore> scores) {

  /**
   * Reads them in {@code unit}.
   *
   * @throws io.rapport.crm.party.CustomerNotFoundException if there is no such customer
   */
  static SubjectRecords read(UnitOfWork unit, TenantId tenant, CustomerId id) {
    Customer customer = unit.customers().get(tenant, id);
    List<Lead> leads = unit.leads().forCustomer(tenant, id);
    List<Opportunity> opportunities = unit.opportunities().forCustomer(tenant, id);
    List<StageChange> stageHistory = new ArrayList<>();
    for (Opportunity opportunity : opportunities) {
      stageHistory.addAll(unit.stageHistory().of(tenant, opportunity.id()));
    }
    List<ConsentRecord> consents =
        new ArrayList<>(unit.consents().history(tenant, ConsentSubject.customer(id)).records());
    for (Lead lead : leads) {
      consents.addAll(unit.consents().history(tenant, ConsentSubject.lead(lead.id())).records());
    }
    List<CustomerScore> scores = new ArrayList<>();
    for (ScoreKind kind : ScoreKind.values()) {
      unit.customerScores().find(tenant, id, kind).ifPresent(scores::add);
    }
    return new SubjectRecords(
        customer,
        unit.relationships().forCustomer(tenant, id),
        unit.households().forMember(tenant, id),
        unit.holdings().forCustomer(tenant, id),
        leads,
        opportunities,
        stageHistory,
        consents,
        unit.campaignMembers().forCustomer(tenant, id),
        unit.segments().listsHolding(tenant, id),
        scores);
  }

  /** The audit log's keys (record type and id) of every record here, the customer first. */
  Set<AuditMerge.RecordKey> auditKeys() {
    Set<AuditMerge.RecordKey> keys = new LinkedHashSet<>();
    keys.add(new AuditMerge.RecordKey("customer", customer.id().toString()));
    relationships.forEach(
        r -> keys.add(new AuditMerge.RecordKey("relationship", r.id().toString())));
    households.forEach(h -> keys.add(new AuditMerge.RecordKey("household", h.id().toString())));
    holdings.forEach(h -> keys.add(new AuditMerge.RecordKey("holding", h.id().toString())));
    leads.forEach(l -> keys.add(new AuditMerge.RecordKey("lead", l.id().toString())));
    opportunities.forEach(
        o -> keys.add(new AuditMerge.RecordKey("opportunity", o.id().toString())));
    consents.forEach(c -> keys.add(new AuditMerge.RecordKey("consent", c.id().toString())));
    campaignMemberships.forEach(
        m ->
            keys.add(
                new AuditMerge.RecordKey("campaignMember", m.campaign() + "/" + m.customer())));
    return keys;
  }
}
