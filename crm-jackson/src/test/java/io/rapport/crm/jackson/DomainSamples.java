package io.rapport.crm.jackson;

import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMember;
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
import io.rapport.crm.common.pii.GovernmentId;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.common.pii.PostalAddress;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentRecordId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.finance.ExternalKey;
import io.rapport.crm.finance.FinancialLine;
import io.rapport.crm.finance.LineKind;
import io.rapport.crm.finance.Purchase;
import io.rapport.crm.lead.ConsentFlags;
import io.rapport.crm.lead.ConvertedLead;
import io.rapport.crm.lead.DisqualifiedLead;
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
import io.rapport.crm.party.ContactPointId;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingId;
import io.rapport.crm.party.HoldingRole;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdId;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.HouseholdRole;
import io.rapport.crm.party.Organisation;
import io.rapport.crm.party.Person;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.party.PostalContact;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.RelationshipId;
import io.rapport.crm.party.RelationshipType;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.LostOpportunity;
import io.rapport.crm.pipeline.LostReason;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.OpportunityTerms;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.pipeline.Probability;
import io.rapport.crm.pipeline.StageChange;
import io.rapport.crm.pipeline.StageChangeKind;
import io.rapport.crm.pipeline.StageKind;
import io.rapport.crm.pipeline.WonOpportunity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** One value of each domain type the module writes, every optional part set. */
final class DomainSamples {
  static final Instant T0 = Instant.parse("2025-03-01T09:15:30.123456Z");
  static final Instant T1 = Instant.parse("2025-04-02T10:00:00Z");
  static final CustomerId CUSTOMER = new CustomerId(uuid(1));
  static final CustomerId OTHER = new CustomerId(uuid(2));
  static final LeadId LEAD = new LeadId(uuid(3));
  static final OpportunityId OPPORTUNITY = new OpportunityId(uuid(4));
  static final PipelineId PIPELINE = new PipelineId(uuid(5));
  static final CampaignId CAMPAIGN = new CampaignId(uuid(6));
  static final EmployeeId EMPLOYEE = EmployeeId.of("rm-17");
  static final Money AMOUNT = Money.of("1250.50", "EUR");

  private DomainSamples() {}

  static UUID uuid(int n) {
    return UUID.fromString("0193a000-0000-7000-8000-%012d".formatted(n));
  }

  static GovernmentId nationalId() {
    return new GovernmentId(GovernmentId.Kind.NATIONAL_ID, "FR", "1 85 05 78 006 084");
  }

  static PostalAddress address() {
    return new PostalAddress(List.of("12 Rue de la Paix", "Bât. B"), "Paris", "IDF", "75002", "FR");
  }

  static Customer customer() {
    return new Customer(
        CUSTOMER,
        3,
        new Person("Ada Lovelace", LocalDate.of(1985, 12, 10), nationalId()),
        "Ada L.",
        CustomerStatus.ACTIVE,
        List.of(
            new EmailContact(
                new ContactPointId(uuid(10)),
                EmailAddress.of("ada@example.com"),
                ContactPurpose.PERSONAL,
                true),
            new PhoneContact(
                new ContactPointId(uuid(11)),
                PhoneNumber.of("+33612345678"),
                ContactPurpose.PERSONAL,
                true),
            new PostalContact(
                new ContactPointId(uuid(12)), address(), ContactPurpose.PERSONAL, true)),
        "fr-FR",
        new TreeSet<>(List.of("premium", "wealth")),
        EMPLOYEE,
        BranchCode.of("PAR-01"),
        T0,
        T1);
  }

  static Organisation organisation() {
    return new Organisation(
        "Analytical Engines SARL",
        LocalDate.of(2001, 2, 3),
        new GovernmentId(GovernmentId.Kind.COMPANY_REGISTRATION, "FR", "552 100 554"));
  }

  static Relationship relationship() {
    return new Relationship(
        new RelationshipId(uuid(20)),
        1,
        CUSTOMER,
        OTHER,
        RelationshipType.SPOUSE,
        LocalDate.of(2010, 6, 1),
        LocalDate.of(2030, 6, 1));
  }

  static Household household() {
    return new Household(
        new HouseholdId(uuid(21)),
        2,
        "Lovelace household",
        List.of(
            new HouseholdMember(CUSTOMER, HouseholdRole.HEAD, true),
            new HouseholdMember(OTHER, HouseholdRole.SPOUSE_OR_PARTNER, false)),
        CUSTOMER);
  }

  static Holding holding() {
    return new Holding(
        new HoldingId(uuid(22)),
        1,
        CUSTOMER,
        ProductType.SAVINGS,
        "Livret A",
        AccountReference.of("FR7630006000011234567890189"),
        HoldingRole.OWNER,
        AMOUNT,
        LocalDate.of(2020, 1, 15),
        LocalDate.of(2025, 1, 15),
        T0);
  }

  static LeadProfile leadProfile() {
    return new LeadProfile(
        new LeadSource(SourceKind.CAMPAIGN_RESPONSE, null, null, CAMPAIGN, "spring-mailing"),
        ProductType.MORTGAGE,
        new LeadContact(
            "Ada Lovelace",
            EmailAddress.of("ada@example.com"),
            PhoneNumber.of("+33612345678"),
            LocalDate.of(1985, 12, 10),
            "75002"),
        ConsentFlags.all(),
        "web-4711",
        T0,
        BranchCode.of("PAR-01"),
        "young-professionals",
        new LeadScore(72, "rules-v3", List.of("interest MORTGAGE +20"), T0),
        new LeadAssignment(EMPLOYEE, "round-robin", "next in rotation", T0),
        CUSTOMER);
  }

  static OpenLead openLead() {
    return new OpenLead(LEAD, 2, LeadStatus.QUALIFIED, leadProfile(), T1);
  }

  static ConvertedLead convertedLead() {
    return new ConvertedLead(
        LEAD,
        4,
        leadProfile(),
        new LeadConversion(CUSTOMER, false, OPPORTUNITY, "convert-1", OTHER, EMPLOYEE, T1),
        T1);
  }

  static DisqualifiedLead disqualifiedLead() {
    return new DisqualifiedLead(LEAD, 3, leadProfile(), "duplicate", new LeadId(uuid(30)), T1);
  }

  static OpportunityTerms terms() {
    return new OpportunityTerms(
        CUSTOMER,
        ProductType.MORTGAGE,
        AMOUNT,
        LocalDate.of(2025, 9, 30),
        EMPLOYEE,
        LEAD,
        CAMPAIGN,
        List.of("Other Bank"),
        "send offer");
  }

  static OpenOpportunity openOpportunity() {
    return new OpenOpportunity(
        OPPORTUNITY,
        2,
        PIPELINE,
        1,
        terms(),
        "proposal",
        Probability.of(40),
        ForecastCategory.BEST_CASE,
        true,
        T0,
        T1);
  }

  static WonOpportunity wonOpportunity() {
    return new WonOpportunity(
        OPPORTUNITY, 5, PIPELINE, 1, terms(), "won", AMOUNT, LocalDate.of(2025, 5, 1), T0, T1);
  }

  static LostOpportunity lostOpportunity() {
    return new LostOpportunity(
        OPPORTUNITY,
        5,
        PIPELINE,
        1,
        terms(),
        "lost",
        LostReason.of("price", "Price too high"),
        LocalDate.of(2025, 5, 1),
        T0,
        T1);
  }

  static StageChange stageChange() {
    return new StageChange(
        OPPORTUNITY,
        3,
        PIPELINE,
        StageChangeKind.LOST,
        "proposal",
        "lost",
        4,
        StageKind.LOST,
        T1,
        Actor.user("rm-17"),
        AMOUNT,
        Probability.of(0),
        "price",
        86_400);
  }

  static ConsentRecord consent() {
    return new ConsentRecord(
        new ConsentRecordId(uuid(40)),
        ConsentSubject.customer(CUSTOMER),
        ConsentPurpose.MARKETING,
        ConsentChannel.EMAIL,
        ConsentAction.GRANTED,
        T0,
        "web-form",
        "v2",
        T1);
  }

  static CampaignMember campaignMember() {
    return new CampaignMember(
        CAMPAIGN,
        CUSTOMER,
        3,
        MemberStatus.CONVERTED,
        Map.of(MemberStatus.TARGETED, T0, MemberStatus.CONVERTED, T1),
        AMOUNT);
  }

  static Segment staticList() {
    return Segment.staticList(new SegmentId(uuid(50)), "wealth prospects", Set.of(CUSTOMER), T0);
  }

  static CustomerScore score() {
    return new CustomerScore(CUSTOMER, ScoreKind.CLV, new BigDecimal("1234.5678"), "high", T0);
  }

  static FinancialLine financialLine() {
    return new FinancialLine(
        ExternalKey.of("core-1"),
        CUSTOMER,
        ProductType.SAVINGS,
        LineKind.NET_INTEREST_MARGIN,
        LocalDate.of(2025, 2, 28),
        AMOUNT);
  }

  static Purchase purchase() {
    return new Purchase(ExternalKey.of("pos-1"), CUSTOMER, LocalDate.of(2025, 2, 28), AMOUNT);
  }

  static AuditEntry auditEntry() {
    return new AuditEntry(
        TenantId.of("bank-a"),
        7,
        T0,
        Actor.system("import"),
        "customer",
        CUSTOMER.toString(),
        "customer.updated",
        List.of(new FieldChange("displayName", "Ada", "Ada L.")),
        "ticket 42",
        "a".repeat(64),
        "b".repeat(64));
  }

  /** Every sample, one per type, for round trips. */
  static List<Object> all() {
    return List.of(
        CUSTOMER,
        LEAD,
        TenantId.of("bank-a"),
        EMPLOYEE,
        BranchCode.of("PAR-01"),
        AMOUNT,
        Money.of("1000", "JPY"),
        Actor.user("rm-17"),
        EmailAddress.of("ada@example.com"),
        PhoneNumber.of("+33612345678"),
        nationalId(),
        address(),
        AccountReference.of("FR7630006000011234567890189"),
        AccountReference.card("4111111111111111"),
        customer(),
        organisation(),
        relationship(),
        household(),
        holding(),
        openLead(),
        convertedLead(),
        disqualifiedLead(),
        openOpportunity(),
        wonOpportunity(),
        lostOpportunity(),
        stageChange(),
        consent(),
        campaignMember(),
        staticList(),
        score(),
        financialLine(),
        purchase(),
        auditEntry());
  }
}
