package io.rapport.crm.sdk;

import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignChannel;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.Actor;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.IdSource;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.access.AccessPolicy;
import io.rapport.crm.compliance.access.AccessProfile;
import io.rapport.crm.compliance.access.BarrierSide;
import io.rapport.crm.compliance.access.InformationBarriers;
import io.rapport.crm.compliance.access.Role;
import io.rapport.crm.inmemory.InMemoryStorage;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.ContactPointId;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdId;
import io.rapport.crm.party.HouseholdRole;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.RelationshipId;
import io.rapport.crm.party.RelationshipType;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.spi.CrmStorage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant under an access policy holding a customer walled off from the advisor "ada" (owned by
 * "bob", on the "deals" side of a wall against ada's "research" side) with everything that hangs
 * off it: a relationship, a household, a holding, an opportunity, a lead, a consent, a static
 * segment and a launched campaign it is a member of. {@link #hidden()} names these records; {@link
 * #absent()} names records of the same kinds that do not exist.
 */
final class AccessWorld {
  static final BarrierSide DEALS = BarrierSide.of("deals");
  static final BarrierSide RESEARCH = BarrierSide.of("research");
  static final String HIDDEN_EMAIL = "hidden.client@example.com";
  static final String HIDDEN_NAME = "Hidden Client";
  static final String HIDDEN_PHONE = "+44 20 7946 0999";
  static final AccessPolicy POLICY =
      AccessPolicy.standard().withBarriers(InformationBarriers.none().wall(DEALS, RESEARCH));

  /** The ids a call names: those of the hidden records, or of records that do not exist. */
  record Target(
      CustomerId customer,
      String email,
      String phone,
      ContactPointId contactPoint,
      RelationshipId relationship,
      HouseholdId household,
      OpportunityId opportunity,
      LeadId lead,
      long leadVersion) {
    /** The texts no answer to an unauthorised caller may contain. */
    List<String> markers() {
      return List.of(
          customer.toString(),
          email,
          HIDDEN_NAME,
          relationship.toString(),
          household.toString(),
          opportunity.toString(),
          lead.toString());
    }
  }

  final TickingClock clock = TickingClock.startingAt("2025-03-01T09:00:00Z");
  final CrmStorage storage = InMemoryStorage.create();
  final Crm crm =
      Crm.builder()
          .storage(storage)
          .clock(clock)
          .idSource(IdSource.seededUuidV7(clock, 11))
          .accessPolicy(POLICY)
          .build();
  final TenantId tenant = TenantId.of("t-access-" + UUID.randomUUID());
  final Caller admin = Caller.of(tenant, Actor.system("setup")).withAccess(AccessProfile.system());
  final Caller ada =
      Caller.of(tenant, Actor.user("ada"))
          .withAccess(AccessProfile.employee(EmployeeId.of("ada"), Role.ADVISOR).onSides(RESEARCH));
  final Customer hiddenCustomer;
  final Customer visibleCustomer;
  final PipelineId pipeline;
  final SegmentId segment;
  final CampaignId campaign;
  private final Target hidden;

  AccessWorld() {
    hiddenCustomer =
        crm.customers()
            .register(
                admin,
                RegisterCustomer.person(HIDDEN_NAME)
                    .email(HIDDEN_EMAIL, ContactPurpose.PERSONAL)
                    .phone(HIDDEN_PHONE, ContactPurpose.HOME)
                    .owner("bob")
                    .branch("S1")
                    .tag(DEALS.tag())
                    .build());
    visibleCustomer =
        crm.customers()
            .register(
                admin, RegisterCustomer.person("Visible Client").owner("ada").branch("S1").build());
    CustomerId id = hiddenCustomer.id();
    Relationship relationship =
        crm.relationships()
            .link(admin, LinkCustomers.of(id, visibleCustomer.id(), RelationshipType.SPOUSE));
    Household household =
        crm.households()
            .create(
                admin,
                CreateHousehold.named("Hidden household")
                    .member(id, HouseholdRole.HEAD, true)
                    .build());
    crm.holdings()
        .record(
            admin,
            RecordHolding.of(id, ProductType.SAVINGS, "Saver")
                .account("ACC-1")
                .balance("10.00", "EUR")
                .openedOn(LocalDate.of(2024, 1, 1))
                .build());
    PipelineDefinition definition =
        crm.pipelines()
            .define(
                admin,
                DefinePipeline.named("Retail")
                    .open("NEW", "New", 10, ForecastCategory.PIPELINE)
                    .won("WON", "Won")
                    .lost("LOST", "Lost")
                    .build());
    pipeline = definition.id();
    OpportunityId opportunity =
        crm.opportunities()
            .open(
                admin,
                NewOpportunity.in(pipeline, id, ProductType.MORTGAGE)
                    .amount("10.00", "EUR")
                    .closingOn(LocalDate.of(2025, 6, 1))
                    .owner("bob")
                    .build())
            .id();
    Lead captured =
        crm.leads()
            .capture(
                admin,
                CaptureLead.builder("walk", SourceKind.WEB_FORM, ProductType.SAVINGS, "Hidden Lead")
                    .build())
            .lead();
    Lead assigned =
        crm.leads().assign(admin, captured.id(), captured.version(), EmployeeId.of("bob"), "walk");
    Lead linked = crm.leads().linkToCustomer(admin, assigned.id(), assigned.version(), id);
    crm.consents()
        .record(
            admin,
            RecordConsent.of(
                ConsentSubject.customer(id),
                ConsentPurpose.MARKETING,
                ConsentChannel.EMAIL,
                ConsentAction.GRANTED,
                "web-form",
                "mkt-1"));
    Segment list = crm.segments().list(admin, "Hidden list", Set.of(id, visibleCustomer.id()));
    segment = list.id();
    Campaign planned = crm.campaigns().plan(admin, plan(segment));
    crm.campaigns().launch(admin, planned.id());
    campaign = planned.id();
    hidden =
        new Target(
            id,
            HIDDEN_EMAIL,
            HIDDEN_PHONE,
            hiddenCustomer.contactPoints().get(0).id(),
            relationship.id(),
            household.id(),
            opportunity,
            linked.id(),
            linked.version());
  }

  private static PlanCampaign plan(SegmentId segment) {
    return new PlanCampaign(
        "Walk",
        "Reach the list",
        Set.of(CampaignChannel.EMAIL),
        ConsentPurpose.MARKETING,
        LocalDate.of(2025, 3, 1),
        LocalDate.of(2025, 4, 30),
        "EUR",
        new BigDecimal("1000"),
        new BigDecimal("800"),
        new BigDecimal("5000"),
        new BigDecimal("0.05"),
        segment,
        null);
  }

  /** The hidden records. */
  Target hidden() {
    return hidden;
  }

  /** Records of the same kinds that do not exist. */
  Target absent() {
    return new Target(
        new CustomerId(UUID.randomUUID()),
        "nobody.there@example.com",
        "+44 20 7946 0998",
        new ContactPointId(UUID.randomUUID()),
        new RelationshipId(UUID.randomUUID()),
        new HouseholdId(UUID.randomUUID()),
        new OpportunityId(UUID.randomUUID()),
        new LeadId(UUID.randomUUID()),
        hidden.leadVersion());
  }

  /** What the hidden records look like to the system caller: must not change during the walk. */
  String snapshot() {
    CustomerId id = hidden.customer();
    return String.join(
        "|",
        String.valueOf(crm.customers().get(admin, id).version()),
        String.valueOf(crm.relationships().of(admin, id)),
        String.valueOf(crm.households().get(admin, hidden.household()).version()),
        String.valueOf(crm.holdings().of(admin, id)),
        String.valueOf(crm.opportunities().get(admin, hidden.opportunity()).version()),
        String.valueOf(crm.leads().get(admin, hidden.lead()).version()),
        String.valueOf(crm.consents().history(admin, ConsentSubject.customer(id)).records().size()),
        String.valueOf(crm.segments().get(admin, segment).list().size()),
        String.valueOf(crm.campaigns().get(admin, campaign).status()));
  }
}
