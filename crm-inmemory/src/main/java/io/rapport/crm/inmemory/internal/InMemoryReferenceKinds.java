package io.rapport.crm.inmemory.internal;

import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.finance.FinancialLine;
import io.rapport.crm.finance.Purchase;
import io.rapport.crm.lead.ConvertedLead;
import io.rapport.crm.lead.DisqualifiedLead;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadConversion;
import io.rapport.crm.lead.LeadProfile;
import io.rapport.crm.lead.OpenLead;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.pipeline.LostOpportunity;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityTerms;
import io.rapport.crm.pipeline.WonOpportunity;
import io.rapport.crm.spi.CustomerReferences;
import java.util.List;

/**
 * The in-memory adapter's {@link CustomerReferences}, one per field naming a customer. A context
 * added later (interactions, cases) appends its own here.
 */
final class InMemoryReferenceKinds {
  private InMemoryReferenceKinds() {}

  static List<CustomerReferences> all(Unit unit) {
    return List.of(
        new RowReferences<>(
            "relationship-from",
            unit,
            unit.relationshipRows,
            Relationship::from,
            (r, c) -> relationship(r, c, r.to()),
            Relationship::id,
            r -> r.id().toString(),
            r -> null,
            Relationship::to),
        new RowReferences<>(
            "relationship-to",
            unit,
            unit.relationshipRows,
            Relationship::to,
            (r, c) -> relationship(r, r.from(), c),
            Relationship::id,
            r -> r.id().toString(),
            r -> null,
            Relationship::from),
        new HouseholdReferences(unit),
        new RowReferences<>(
            "holding",
            unit,
            unit.holdingRows,
            Holding::customer,
            InMemoryReferenceKinds::holding,
            Holding::id,
            h -> h.id().toString(),
            Holding::accountReference,
            h -> null),
        new RowReferences<>(
            "lead-converted",
            unit,
            unit.leadRows,
            l -> l instanceof ConvertedLead c ? c.conversion().customer() : null,
            InMemoryReferenceKinds::convertedInto,
            Lead::id,
            l -> l.id().toString(),
            l -> null,
            l -> null),
        new RowReferences<>(
            "lead-linked",
            unit,
            unit.leadRows,
            Lead::linkedCustomer,
            InMemoryReferenceKinds::linkedTo,
            Lead::id,
            l -> l.id().toString(),
            l -> null,
            l -> null),
        new RowReferences<>(
            "opportunity",
            unit,
            unit.opportunityRows,
            o -> o.terms().customer(),
            InMemoryReferenceKinds::opportunity,
            Opportunity::id,
            o -> o.id().toString(),
            o -> null,
            o -> null),
        new RowReferences<>(
            "consent",
            unit,
            unit.consentRows,
            c -> c.subject().customer(),
            (c, to) ->
                new ConsentRecord(
                    c.id(),
                    ConsentSubject.customer(to),
                    c.purpose(),
                    c.channel(),
                    c.action(),
                    c.at(),
                    c.source(),
                    c.wordingVersion(),
                    c.expiresAt()),
            ConsentRecord::id,
            c -> c.id().toString(),
            c -> null,
            c -> null),
        new RowReferences<>(
            "campaign-member",
            unit,
            unit.memberRows,
            CampaignMember::customer,
            (m, to) ->
                new CampaignMember(
                    m.campaign(), to, m.version() + 1, m.status(), m.reached(), m.convertedValue()),
            m -> new MemberKey(m.campaign(), m.customer()),
            m -> m.campaign().toString(),
            CampaignMember::campaign,
            m -> null),
        new RowReferences<>(
            "customer-score",
            unit,
            unit.scoreRows,
            CustomerScore::customer,
            (s, to) -> new CustomerScore(to, s.kind(), s.value(), s.label(), s.computedAt()),
            s -> new ScoreKey(s.customer(), s.kind()),
            s -> s.kind().name(),
            CustomerScore::kind,
            s -> null),
        new RowReferences<>(
            "financial-event",
            unit,
            unit.financialEventRows,
            FinancialEvent::customer,
            InMemoryReferenceKinds::financialEvent,
            EventKey::of,
            e -> e.type() + ":" + e.key().value(),
            e -> null,
            e -> null));
  }

  private static Lead convertedInto(Lead lead, CustomerId to) {
    ConvertedLead c = (ConvertedLead) lead;
    LeadConversion k = c.conversion();
    return new ConvertedLead(
        c.id(),
        c.version() + 1,
        c.profile(),
        new LeadConversion(
            to,
            k.newCustomer(),
            k.opportunity(),
            k.idempotencyKey(),
            k.creditedCustomer(),
            k.creditedEmployee(),
            k.convertedAt()),
        c.updatedAt());
  }

  private static Lead linkedTo(Lead lead, CustomerId to) {
    LeadProfile profile = lead.profile().withLinkedCustomer(to);
    if (lead instanceof OpenLead o) {
      return new OpenLead(o.id(), o.version() + 1, o.status(), profile, o.updatedAt());
    } else if (lead instanceof ConvertedLead c) {
      return new ConvertedLead(c.id(), c.version() + 1, profile, c.conversion(), c.updatedAt());
    }
    DisqualifiedLead d = (DisqualifiedLead) lead;
    return new DisqualifiedLead(
        d.id(), d.version() + 1, profile, d.reason(), d.mergedInto(), d.updatedAt());
  }

  private static Relationship relationship(Relationship r, CustomerId from, CustomerId to) {
    return new Relationship(
        r.id(), r.version() + 1, from, to, r.type(), r.validFrom(), r.validThru());
  }

  private static Holding holding(Holding h, CustomerId to) {
    return new Holding(
        h.id(),
        h.version() + 1,
        to,
        h.productType(),
        h.productName(),
        h.accountReference(),
        h.role(),
        h.balance(),
        h.openedOn(),
        h.closedOn(),
        h.asOf());
  }

  private static FinancialEvent financialEvent(FinancialEvent event, CustomerId to) {
    if (event instanceof Purchase p) {
      return new Purchase(p.key(), to, p.day(), p.amount());
    }
    FinancialLine l = (FinancialLine) event;
    return new FinancialLine(l.key(), to, l.product(), l.kind(), l.day(), l.amount());
  }

  private static Opportunity opportunity(Opportunity opportunity, CustomerId to) {
    OpportunityTerms t = opportunity.terms();
    OpportunityTerms terms =
        new OpportunityTerms(
            to,
            t.product(),
            t.amount(),
            t.expectedClose(),
            t.owner(),
            t.sourceLead(),
            t.campaign(),
            t.competitors(),
            t.nextStep());
    long version = opportunity.version() + 1;
    if (opportunity instanceof OpenOpportunity o) {
      return new OpenOpportunity(
          o.id(),
          version,
          o.pipeline(),
          o.definitionVersion(),
          terms,
          o.stage(),
          o.probability(),
          o.forecastCategory(),
          o.forecastOverridden(),
          o.createdAt(),
          o.stageEnteredAt());
    } else if (opportunity instanceof WonOpportunity w) {
      return new WonOpportunity(
          w.id(),
          version,
          w.pipeline(),
          w.definitionVersion(),
          terms,
          w.stage(),
          w.actualAmount(),
          w.wonOn(),
          w.createdAt(),
          w.stageEnteredAt());
    }
    LostOpportunity l = (LostOpportunity) opportunity;
    return new LostOpportunity(
        l.id(),
        version,
        l.pipeline(),
        l.definitionVersion(),
        terms,
        l.stage(),
        l.lostReason(),
        l.lostOn(),
        l.createdAt(),
        l.stageEnteredAt());
  }
}
