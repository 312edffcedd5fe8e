package io.rapport.crm.examples.privacy;

import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.MemberStatus;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.Actor;
import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.ScoreKind;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.AccountReference;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.compliance.AuditChain;
import io.rapport.crm.compliance.AuditDraft;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentRecordId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.compliance.SubjectSection;
import io.rapport.crm.finance.ExternalKey;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.finance.FinancialLine;
import io.rapport.crm.finance.LineKind;
import io.rapport.crm.finance.Purchase;
import io.rapport.crm.lead.ConsentFlags;
import io.rapport.crm.lead.ConvertedLead;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadAssignment;
import io.rapport.crm.lead.LeadContact;
import io.rapport.crm.lead.LeadConversion;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadProfile;
import io.rapport.crm.lead.LeadScore;
import io.rapport.crm.lead.LeadSource;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.lead.OpenLead;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingId;
import io.rapport.crm.party.HoldingRole;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdId;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.HouseholdRole;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.RelationshipId;
import io.rapport.crm.party.RelationshipType;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.OpportunityTerms;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.pipeline.Probability;
import io.rapport.crm.pipeline.StageChange;
import io.rapport.crm.pipeline.StageChangeKind;
import io.rapport.crm.pipeline.StageKind;
import io.rapport.crm.pipeline.WonOpportunity;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.NewPostalAddress;
import io.rapport.crm.sdk.RegisterCustomer;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.LaunchPlan;
import io.rapport.crm.spi.UnitOfWork;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A person with a value in every stored field of every context: registered through the SDK, with a
 * spouse, a relationship, a household, a holding, a lead converted to them and one linked to them,
 * a won opportunity with its stage change, consents of the customer and of a lead, a converted
 * campaign membership, a static list, a score of every kind, a revenue line and a purchase, and
 * audit entries about each of these records. {@link #expected} reads back what the storage holds.
 */
final class EverythingAboutAPerson {
  private static final Instant T0 = Instant.parse("2025-02-03T10:15:30.123456Z");
  private static final Instant T1 = Instant.parse("2025-03-04T11:00:00Z");
  private static final EmployeeId OWNER = EmployeeId.of("rm-17");
  private static final Money AMOUNT = Money.of("1250.50", "EUR");

  final Customer ada;
  final Customer spouse;
  private final Crm crm;
  private final Caller caller;
  private final CrmStorage storage;
  private final TenantId tenant;
  private final Relationship relationship;
  private final Household household;
  private final Holding holding;
  private final ConvertedLead converted;
  private final OpenLead linked;
  private final WonOpportunity opportunity;
  private final StageChange stageChange;
  private final List<ConsentRecord> consents;
  private final CampaignId campaign = new CampaignId(UUID.randomUUID());
  private final List<CustomerScore> scores = new ArrayList<>();
  private final List<FinancialEvent> events;
  private final Segment list;

  EverythingAboutAPerson(Crm crm, CrmStorage storage, Caller caller) {
    this.crm = crm;
    this.caller = caller;
    this.storage = storage;
    this.tenant = caller.tenant();
    ada =
        crm.customers()
            .register(
                caller.because("onboarding"),
                RegisterCustomer.person("Ada Lovelace")
                    .displayName("Ada")
                    .dateOfBirth(LocalDate.of(1985, 12, 10))
                    .nationalId("GB", "QQ123456C")
                    .email("ada@example.com", ContactPurpose.PERSONAL)
                    .phone("+44 20 7946 0018", ContactPurpose.HOME)
                    .postal(
                        new NewPostalAddress(
                            List.of("12 St James's Square", "Flat 3"),
                            "London",
                            "Greater London",
                            "SW1Y 4JH",
                            "GB"),
                        ContactPurpose.CORRESPONDENCE)
                    .preferredLanguage("en-GB")
                    .tag("subject")
                    .owner(OWNER.value())
                    .branch("LDN-01")
                    .build());
    spouse = crm.customers().register(caller, RegisterCustomer.person("William King").build());
    relationship =
        new Relationship(
            new RelationshipId(UUID.randomUUID()),
            1,
            ada.id(),
            spouse.id(),
            RelationshipType.SPOUSE,
            LocalDate.of(2010, 6, 1),
            LocalDate.of(2030, 6, 1));
    household =
        new Household(
            new HouseholdId(UUID.randomUUID()),
            1,
            "Lovelace household",
            List.of(
                new HouseholdMember(ada.id(), HouseholdRole.HEAD, true),
                new HouseholdMember(spouse.id(), HouseholdRole.SPOUSE_OR_PARTNER, false)),
            ada.id());
    holding =
        new Holding(
            new HoldingId(UUID.randomUUID()),
            1,
            ada.id(),
            ProductType.SAVINGS,
            "Cash ISA",
            AccountReference.of("GB82WEST12345698765432"),
            HoldingRole.OWNER,
            AMOUNT,
            LocalDate.of(2020, 1, 15),
            LocalDate.of(2025, 1, 15),
            T0);
    OpportunityId opportunityId = new OpportunityId(UUID.randomUUID());
    PipelineId pipeline = new PipelineId(UUID.randomUUID());
    converted =
        new ConvertedLead(
            new LeadId(UUID.randomUUID()),
            3,
            profile("web-1"),
            new LeadConversion(ada.id(), false, opportunityId, "convert-1", spouse.id(), OWNER, T1),
            T1);
    linked =
        new OpenLead(new LeadId(UUID.randomUUID()), 2, LeadStatus.QUALIFIED, profile("web-2"), T1);
    opportunity =
        new WonOpportunity(
            opportunityId,
            3,
            pipeline,
            1,
            new OpportunityTerms(
                ada.id(),
                ProductType.MORTGAGE,
                AMOUNT,
                LocalDate.of(2025, 9, 30),
                OWNER,
                converted.id(),
                campaign,
                List.of("Other Bank"),
                "sign"),
            "won",
            AMOUNT,
            LocalDate.of(2025, 3, 4),
            T0,
            T1);
    stageChange =
        new StageChange(
            opportunityId,
            3,
            pipeline,
            StageChangeKind.WON,
            "proposal",
            "won",
            3,
            StageKind.WON,
            T1,
            Actor.user(OWNER.value()),
            AMOUNT,
            Probability.of(100),
            null,
            3_600);
    consents =
        List.of(
            consent(ConsentSubject.customer(ada.id())),
            consent(ConsentSubject.lead(converted.id())));
    for (ScoreKind kind : ScoreKind.values()) {
      scores.add(new CustomerScore(ada.id(), kind, new BigDecimal("0.875"), "label", T0));
    }
    events =
        List.of(
            new FinancialLine(
                ExternalKey.of("gl-" + UUID.randomUUID()),
                ada.id(),
                ProductType.SAVINGS,
                LineKind.NET_INTEREST_MARGIN,
                LocalDate.of(2025, 1, 31),
                AMOUNT),
            new Purchase(
                ExternalKey.of("pos-" + UUID.randomUUID()),
                ada.id(),
                LocalDate.of(2025, 2, 1),
                Money.of("19.99", "EUR")));
    list =
        Segment.staticList(
            new SegmentId(UUID.randomUUID()),
            "wealth prospects",
            Set.of(ada.id(), spouse.id()),
            T0);
    storage.inTransactionDo(this::storeRecords);
    launchAndConvert();
    storage.inTransactionDo(this::auditRecords);
  }

  private LeadProfile profile(String captureKey) {
    return new LeadProfile(
        new LeadSource(SourceKind.CAMPAIGN_RESPONSE, null, null, campaign, "spring-mailing"),
        ProductType.MORTGAGE,
        new LeadContact(
            "Ada Lovelace",
            EmailAddress.of("ada@example.com"),
            PhoneNumber.of("+442079460018"),
            LocalDate.of(1985, 12, 10),
            "SW1Y 4JH"),
        ConsentFlags.all(),
        captureKey + "-" + UUID.randomUUID(),
        T0,
        BranchCode.of("LDN-01"),
        "mass-affluent",
        new LeadScore(72, "rules-v3", List.of("interest MORTGAGE +20"), T0),
        new LeadAssignment(OWNER, "round-robin", "next in rotation", T0),
        ada.id());
  }

  private ConsentRecord consent(ConsentSubject subject) {
    return new ConsentRecord(
        new ConsentRecordId(UUID.randomUUID()),
        subject,
        ConsentPurpose.MARKETING,
        ConsentChannel.EMAIL,
        ConsentAction.GRANTED,
        T0,
        "web-form",
        "v2",
        T0.plus(365, ChronoUnit.DAYS));
  }

  private void storeRecords(UnitOfWork unit) {
    unit.relationships().insert(tenant, relationship);
    unit.households().insert(tenant, household);
    unit.holdings().insert(tenant, holding);
    unit.leads().insertAll(tenant, List.of(converted, linked));
    unit.opportunities().insert(tenant, opportunity);
    unit.stageHistory().append(tenant, stageChange);
    consents.forEach(consent -> unit.consents().append(tenant, consent));
    unit.customerScores().storeAll(tenant, scores);
    unit.financialEvents().storeNew(tenant, events);
    unit.segments().insert(tenant, list);
  }

  /** Ada (tagged, consenting) joins the campaign, then converts with a value. */
  private void launchAndConvert() {
    Segment subjects =
        Segment.byCriteria(
            new SegmentId(UUID.randomUUID()), "subjects", new Criterion.HasTag("subject"), T0);
    LaunchPlan plan =
        new LaunchPlan(
            campaign, subjects, ConsentPurpose.MARKETING, Set.of(ConsentChannel.EMAIL), T1);
    storage.inTransactionDo(unit -> unit.campaignMembers().launch(tenant, plan));
    storage.inTransactionDo(
        unit -> {
          CampaignMember member =
              unit.campaignMembers().find(tenant, campaign, ada.id()).orElseThrow();
          Map<MemberStatus, Instant> reached = new EnumMap<>(member.reached());
          reached.put(MemberStatus.CONVERTED, T1.plusSeconds(60));
          unit.campaignMembers()
              .update(
                  tenant,
                  new CampaignMember(
                      campaign,
                      ada.id(),
                      member.version(),
                      MemberStatus.CONVERTED,
                      reached,
                      AMOUNT));
        });
  }

  private void auditRecords(UnitOfWork unit) {
    List<AuditDraft> drafts = new ArrayList<>();
    for (String[] key : recordKeys()) {
      if (!key[0].equals("customer")) {
        drafts.add(
            new AuditDraft(
                key[0],
                key[1],
                key[0] + ".recorded",
                List.of(new FieldChange("status", "old", "new")),
                "ticket 9"));
      }
    }
    AuditHead head = unit.audit().lockHead(tenant);
    List<AuditEntry> entries = new ArrayList<>();
    for (AuditDraft draft : drafts) {
      AuditEntry entry = AuditChain.append(tenant, head, T1, Actor.system("import"), draft);
      entries.add(entry);
      head = new AuditHead(entry.sequence(), entry.hash());
    }
    unit.audit().append(tenant, entries);
  }

  /** The audited records about Ada: record type and id. */
  private List<String[]> recordKeys() {
    return List.of(
        new String[] {"customer", ada.id().toString()},
        new String[] {"relationship", relationship.id().toString()},
        new String[] {"household", household.id().toString()},
        new String[] {"holding", holding.id().toString()},
        new String[] {"lead", converted.id().toString()},
        new String[] {"lead", linked.id().toString()},
        new String[] {"opportunity", opportunity.id().toString()},
        new String[] {"consent", consents.get(0).id().toString()},
        new String[] {"consent", consents.get(1).id().toString()},
        new String[] {"campaignMember", campaign + "/" + ada.id()});
  }

  /** What the storage holds about Ada now, per section, read back through the ports. */
  Map<SubjectSection, List<Object>> expected() {
    return storage.inTransaction(
        unit -> {
          Map<SubjectSection, List<Object>> records = new EnumMap<>(SubjectSection.class);
          records.put(SubjectSection.CUSTOMER, List.of(unit.customers().get(tenant, ada.id())));
          records.put(
              SubjectSection.RELATIONSHIPS,
              List.of(unit.relationships().get(tenant, relationship.id())));
          records.put(
              SubjectSection.HOUSEHOLDS, List.of(unit.households().get(tenant, household.id())));
          records.put(
              SubjectSection.HOLDINGS,
              List.of(unit.holdings().find(tenant, holding.id()).orElseThrow()));
          List<Lead> leads =
              List.of(
                  unit.leads().get(tenant, converted.id()), unit.leads().get(tenant, linked.id()));
          records.put(SubjectSection.LEADS, List.copyOf(leads));
          records.put(
              SubjectSection.OPPORTUNITIES,
              List.of(unit.opportunities().get(tenant, opportunity.id())));
          records.put(
              SubjectSection.STAGE_HISTORY,
              List.copyOf(unit.stageHistory().of(tenant, opportunity.id())));
          List<Object> consentRecords = new ArrayList<>();
          consentRecords.addAll(
              unit.consents().history(tenant, ConsentSubject.customer(ada.id())).records());
          consentRecords.addAll(
              unit.consents().history(tenant, ConsentSubject.lead(converted.id())).records());
          records.put(SubjectSection.CONSENTS, consentRecords);
          records.put(
              SubjectSection.CAMPAIGN_MEMBERSHIPS,
              List.of(unit.campaignMembers().find(tenant, campaign, ada.id()).orElseThrow()));
          List<Object> storedScores = new ArrayList<>();
          for (ScoreKind kind : ScoreKind.values()) {
            storedScores.add(unit.customerScores().find(tenant, ada.id(), kind).orElseThrow());
          }
          records.put(SubjectSection.SCORES, storedScores);
          Segment stored = unit.segments().get(tenant, list.id());
          if (!stored.list().contains(ada.id())) {
            throw new IllegalStateException("the static list lost the subject");
          }
          records.put(
              SubjectSection.SEGMENT_LISTS,
              List.of(
                  new Segment(
                      stored.id(),
                      stored.version(),
                      stored.name(),
                      stored.criteria(),
                      Set.of(ada.id()),
                      stored.createdAt())));
          List<Object> storedEvents = new ArrayList<>();
          for (FinancialEvent event : events) {
            storedEvents.add(
                unit.financialEvents().find(tenant, event.type(), event.key()).orElseThrow());
          }
          records.put(SubjectSection.FINANCIAL_EVENTS, storedEvents);
          Set<String> keys = new HashSet<>();
          recordKeys().forEach(key -> keys.add(key[0] + ":" + key[1]));
          records.put(
              SubjectSection.AUDIT_ENTRIES,
              List.copyOf(
                  unit.audit().read(tenant, 1, 10_000).stream()
                      .filter(entry -> keys.contains(entry.recordType() + ":" + entry.recordId()))
                      .map(this::opened)
                      .toList()));
          return records;
        });
  }

  /**
   * The stored entry with its sealed values opened, as the person sees them: read through {@code
   * crm.audit().history}, which opens them with the person's key.
   */
  private io.rapport.crm.compliance.AuditEntry opened(io.rapport.crm.compliance.AuditEntry stored) {
    return crm.audit().history(caller, stored.recordType(), stored.recordId()).stream()
        .filter(entry -> entry.sequence() == stored.sequence())
        .findFirst()
        .orElseThrow();
  }
}
