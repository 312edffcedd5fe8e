package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.rapport.crm.campaign.Segment;
import io.rapport.crm.common.Actor;
import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.IdSource;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.access.AccessDeniedException;
import io.rapport.crm.compliance.access.AccessPolicy;
import io.rapport.crm.compliance.access.AccessProfile;
import io.rapport.crm.compliance.access.BarrierSide;
import io.rapport.crm.compliance.access.InformationBarriers;
import io.rapport.crm.compliance.access.Role;
import io.rapport.crm.compliance.access.TeamHierarchy;
import io.rapport.crm.compliance.access.Territories;
import io.rapport.crm.compliance.access.Territory;
import io.rapport.crm.inmemory.InMemoryStorage;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.RelationshipType;
import io.rapport.crm.spi.CrmStorage;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Record-level access through the facade: who sees and changes which customer, and how. */
class AccessScenariosTest {
  private static final BarrierSide DEALS = BarrierSide.of("deals");
  private static final BarrierSide RESEARCH = BarrierSide.of("research");
  private static final AccessPolicy POLICY =
      AccessPolicy.standard()
          .withTerritories(
              Territories.none()
                  .with(Territory.of("north"), Set.of(BranchCode.of("N1"), BranchCode.of("N2"))))
          .withBarriers(InformationBarriers.none().wall(DEALS, RESEARCH));

  private final TickingClock clock = TickingClock.startingAt("2025-03-01T09:00:00Z");
  private final CrmStorage storage = InMemoryStorage.create();
  private final Crm crm =
      Crm.builder()
          .storage(storage)
          .clock(clock)
          .idSource(IdSource.seededUuidV7(clock, 3))
          .accessPolicy(POLICY)
          .build();
  private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
  private final Caller system =
      Caller.of(tenant, Actor.system("setup")).withAccess(AccessProfile.system());

  private final Customer adas = customer("Ada Client", "ada", "N1", "ada.client@example.com");
  private final Customer bobs = customer("Bob Client", "bob", "N2", "bob.client@example.com");
  private final Customer carols =
      customer("Carol Client", "carol", "S1", "carol.client@example.com");
  private final Customer deal =
      customer("Deal Client", "ada", "N1", "deal.client@example.com", DEALS.tag());

  private Customer customer(
      String name, String owner, String branch, String email, String... tags) {
    RegisterCustomer.Builder builder =
        RegisterCustomer.person(name)
            .email(email, ContactPurpose.PERSONAL)
            .nationalId("gb", "QQ123456C")
            .owner(owner)
            .branch(branch);
    for (String tag : tags) {
      builder.tag(tag);
    }
    return crm.customers().register(system, builder.build());
  }

  private Caller as(AccessProfile profile) {
    return Caller.of(tenant, Actor.user(String.valueOf(profile.employee()))).withAccess(profile);
  }

  private List<CustomerId> searchAs(Caller caller) {
    return crm
        .customers()
        .search(caller, CustomerQuery.all(), PageRequest.first(50))
        .items()
        .stream()
        .map(Customer::id)
        .toList();
  }

  @Test
  void search_advisor_seesOnlyOwnedCustomers() {
    // given
    Caller ada = as(AccessProfile.employee(EmployeeId.of("ada"), Role.ADVISOR));

    // when
    List<CustomerId> seen = searchAs(ada);

    // then
    assertThat(seen).containsExactlyInAnyOrder(adas.id(), deal.id());
    assertThat(crm.customers().findByEmail(ada, "bob.client@example.com")).isEmpty();
    assertThat(crm.customers().findByEmail(ada, "ada.client@example.com"))
        .extracting(Customer::id)
        .containsExactly(adas.id());
  }

  @Test
  void get_customerOfAnotherAdvisor_failsExactlyLikeAnUnknownId() {
    // given
    Caller ada = as(AccessProfile.employee(EmployeeId.of("ada"), Role.ADVISOR));
    CustomerId unknown = new CustomerId(UUID.randomUUID());

    // when
    Throwable hidden = catchThrowable(() -> crm.customers().get(ada, bobs.id()));
    Throwable absent = catchThrowable(() -> crm.customers().get(ada, unknown));

    // then
    assertThat(hidden).isExactlyInstanceOf(CustomerNotFoundException.class);
    assertThat(absent).isExactlyInstanceOf(CustomerNotFoundException.class);
    assertThat(hidden.getMessage().replace(bobs.id().toString(), "ID"))
        .isEqualTo(absent.getMessage().replace(unknown.toString(), "ID"));
    assertThat(crm.customers().find(ada, bobs.id())).isEmpty();
  }

  @Test
  void search_managerOfTeam_seesTheTeamsCustomers() {
    // given
    TeamHierarchy hierarchy =
        TeamHierarchy.empty()
            .reportsTo(EmployeeId.of("bob"), EmployeeId.of("mia"))
            .reportsTo(EmployeeId.of("carol"), EmployeeId.of("bob"));
    Caller mia =
        as(
            AccessProfile.employee(EmployeeId.of("mia"), Role.ADVISOR)
                .managing(hierarchy.teamOf(EmployeeId.of("mia"))));

    // when
    List<CustomerId> seen = searchAs(mia);

    // then
    assertThat(seen).containsExactlyInAnyOrder(bobs.id(), carols.id());
  }

  @Test
  void search_branchAndRegionalManagers_seeTheirBranchesAndTerritories() {
    // given
    Caller branch =
        as(
            AccessProfile.employee(EmployeeId.of("zoe"), Role.BRANCH_MANAGER)
                .inBranches(BranchCode.of("N2")));
    Caller regional =
        as(
            AccessProfile.employee(EmployeeId.of("yan"), Role.REGIONAL_MANAGER)
                .inTerritories(Territory.of("north")));

    // when
    List<CustomerId> branchSees = searchAs(branch);
    List<CustomerId> regionSees = searchAs(regional);

    // then
    assertThat(branchSees).containsExactly(bobs.id());
    assertThat(regionSees).containsExactlyInAnyOrder(adas.id(), bobs.id(), deal.id());
  }

  @Test
  void wall_researchSideCompliance_neverSeesDealsCustomersNorRunsTenantWideReports() {
    // given
    Caller researcher =
        as(AccessProfile.employee(EmployeeId.of("rex"), Role.COMPLIANCE).onSides(RESEARCH));
    Segment everyone =
        crm.segments().list(system, "All", Set.of(adas.id(), bobs.id(), carols.id(), deal.id()));

    // when
    List<CustomerId> seen = searchAs(researcher);
    List<CustomerId> preview = crm.segments().preview(researcher, everyone.id(), 10);

    // then
    assertThat(seen).containsExactlyInAnyOrder(adas.id(), bobs.id(), carols.id());
    assertThat(preview).doesNotContain(deal.id()).hasSize(3);
    assertThat(crm.segments().get(researcher, everyone.id()).list()).doesNotContain(deal.id());
    assertThat(crm.audit().history(researcher, deal.id())).isEmpty();
    assertThat(crm.audit().history(system, deal.id())).isNotEmpty();
    assertThatThrownBy(
            () -> crm.analytics().churn(researcher, YearMonth.of(2025, 1), YearMonth.of(2025, 2)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("tenant-wide");
  }

  @Test
  void compliance_readsEveryCustomerButChangesNone() {
    // given
    Caller officer = as(AccessProfile.employee(EmployeeId.of("olga"), Role.COMPLIANCE));

    // when
    Customer read = crm.customers().get(officer, bobs.id());

    // then
    assertThat(read).isEqualTo(bobs);
    assertThatThrownBy(
            () -> crm.customers().update(officer, UpdateCustomer.of(bobs).tag("touched").build()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(crm.analytics().churn(officer, YearMonth.of(2025, 1), YearMonth.of(2025, 2)))
        .isNotNull();
  }

  @Test
  void analyst_seesCustomersWithIdentifiersMasked() {
    // given
    Caller analyst = as(AccessProfile.employee(EmployeeId.of("ann"), Role.ANALYST));

    // when
    Customer read = crm.customers().get(analyst, bobs.id());
    List<Customer> found =
        crm.customers().search(analyst, CustomerQuery.all(), PageRequest.first(10)).items();

    // then
    assertThat(read.displayName()).isEqualTo(bobs.displayName());
    assertThat(read.party().governmentId()).isNull();
    assertThat(read.contactPoints()).isEmpty();
    assertThat(found).hasSize(4).allSatisfy(c -> assertThat(c.contactPoints()).isEmpty());
    assertThat(crm.customers().get(system, bobs.id()).contactPoints()).hasSize(1);
  }

  @Test
  void noProfile_underAPolicy_seesAndCreatesNothing() {
    // given
    Caller anonymous = Caller.of(tenant, Actor.user("who"));

    // when
    List<CustomerId> seen = searchAs(anonymous);

    // then
    assertThat(seen).isEmpty();
    assertThatThrownBy(() -> crm.customers().get(anonymous, adas.id()))
        .isInstanceOf(CustomerNotFoundException.class);
    assertThatThrownBy(
            () -> crm.customers().register(anonymous, RegisterCustomer.person("New").build()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void noPolicy_callerWithoutProfile_seesEverythingAsBefore() {
    // given
    Crm open = Crm.builder().storage(storage).clock(clock).build();
    Caller anonymous = Caller.of(tenant, Actor.user("who"));

    // when
    List<Customer> all =
        open.customers().search(anonymous, CustomerQuery.all(), PageRequest.first(50)).items();

    // then
    assertThat(all).hasSize(4);
  }

  @Test
  void register_outsideOwnScope_isDeniedInsideIsAllowed() {
    // given
    Caller ada = as(AccessProfile.employee(EmployeeId.of("ada"), Role.ADVISOR));

    // when
    Customer own =
        crm.customers().register(ada, RegisterCustomer.person("Mine").owner("ada").build());

    // then
    assertThat(own.owner()).isEqualTo(EmployeeId.of("ada"));
    assertThatThrownBy(
            () ->
                crm.customers()
                    .register(ada, RegisterCustomer.person("Theirs").owner("bob").build()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageNotContaining("Theirs");
  }

  @Test
  void barrierLabel_onlySidesTheCallerIsOnMayBeSet() {
    // given
    Caller ada = as(AccessProfile.employee(EmployeeId.of("ada"), Role.ADVISOR));
    Caller dealsAda = as(AccessProfile.employee(EmployeeId.of("ada"), Role.ADVISOR).onSides(DEALS));

    // when
    Throwable refused =
        catchThrowable(
            () -> crm.customers().update(ada, UpdateCustomer.of(adas).tag(DEALS.tag()).build()));
    Customer labelled =
        crm.customers().update(dealsAda, UpdateCustomer.of(adas).tag(DEALS.tag()).build());

    // then
    assertThat(refused).isInstanceOf(AccessDeniedException.class);
    assertThat(labelled.tags()).contains(DEALS.tag());
  }

  @Test
  void relationshipsOf_visibleCustomer_omitLinksToHiddenCustomers() {
    // given
    crm.relationships()
        .link(system, LinkCustomers.of(adas.id(), bobs.id(), RelationshipType.SPOUSE));
    crm.relationships()
        .link(system, LinkCustomers.of(adas.id(), deal.id(), RelationshipType.PARENT));
    Caller ada = as(AccessProfile.employee(EmployeeId.of("ada"), Role.ADVISOR));

    // when
    var links = crm.relationships().of(ada, adas.id());
    var overview = crm.customers().overview(ada, adas.id());

    // then: bob's customer is hidden from ada, the deal client is hers
    assertThat(links).singleElement().satisfies(r -> assertThat(r.to()).isEqualTo(deal.id()));
    assertThat(overview.relationships()).hasSize(1);
    assertThat(crm.relationships().of(system, adas.id())).hasSize(2);
  }
}
