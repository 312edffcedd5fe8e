package io.rapport.crm.compliance.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.InvalidValueException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
  private static final EmployeeId ADA = EmployeeId.of("ada");
  private static final EmployeeId BOB = EmployeeId.of("bob");
  private static final EmployeeId CAROL = EmployeeId.of("carol");
  private static final BranchCode NORTH_1 = BranchCode.of("N1");
  private static final BranchCode SOUTH_1 = BranchCode.of("S1");
  private static final BarrierSide DEALS = BarrierSide.of("deals");
  private static final BarrierSide RESEARCH = BarrierSide.of("research");

  private final AccessPolicy policy =
      AccessPolicy.standard()
          .withTerritories(Territories.none().with(Territory.of("north"), Set.of(NORTH_1)))
          .withBarriers(InformationBarriers.none().wall(DEALS, RESEARCH));

  private static RecordFacts ownedBy(EmployeeId owner) {
    return new RecordFacts(owner, SOUTH_1, Set.of());
  }

  @Test
  void read_advisorOwnsRecord_isAllowedUnmasked() {
    // given
    AccessProfile advisor = AccessProfile.employee(ADA, Role.ADVISOR);

    // when
    Decision decision = policy.read(advisor, ownedBy(ADA));

    // then
    assertThat(decision.allowed()).isTrue();
    assertThat(decision.masked()).isFalse();
    assertThat(decision.reason()).contains("owns");
  }

  @Test
  void read_advisorOfAnotherOwner_isDenied() {
    // given
    AccessProfile advisor = AccessProfile.employee(ADA, Role.ADVISOR);

    // when
    Decision decision = policy.read(advisor, ownedBy(BOB));

    // then
    assertThat(decision.allowed()).isFalse();
    assertThat(policy.readFilter(advisor).matches(ownedBy(BOB))).isFalse();
  }

  @Test
  void read_managerOfTransitiveTeam_isAllowed() {
    // given: carol reports to bob who reports to ada
    TeamHierarchy hierarchy = TeamHierarchy.empty().reportsTo(BOB, ADA).reportsTo(CAROL, BOB);
    AccessProfile manager =
        AccessProfile.employee(ADA, Role.ADVISOR).managing(hierarchy.teamOf(ADA));

    // when
    Decision decision = policy.read(manager, ownedBy(CAROL));

    // then
    assertThat(hierarchy.teamOf(ADA)).containsExactlyInAnyOrder(BOB, CAROL);
    assertThat(hierarchy.teamOf(CAROL)).isEmpty();
    assertThat(decision.allowed()).isTrue();
    assertThat(decision.reason()).contains("team");
  }

  @Test
  void teamOf_cyclicHierarchy_terminatesWithoutTheManager() {
    // given
    TeamHierarchy cycle = TeamHierarchy.empty().reportsTo(BOB, ADA).reportsTo(ADA, BOB);

    // when
    Set<EmployeeId> team = cycle.teamOf(ADA);

    // then
    assertThat(team).containsExactly(BOB);
  }

  @Test
  void read_branchManager_seesOwnBranchOnly() {
    // given
    AccessProfile manager = AccessProfile.employee(ADA, Role.BRANCH_MANAGER).inBranches(NORTH_1);

    // when
    boolean north = policy.canRead(manager, new RecordFacts(BOB, NORTH_1, Set.of()));
    boolean south = policy.canRead(manager, new RecordFacts(BOB, SOUTH_1, Set.of()));

    // then
    assertThat(north).isTrue();
    assertThat(south).isFalse();
  }

  @Test
  void read_regionalManager_seesBranchesOfTerritory() {
    // given
    AccessProfile regional =
        AccessProfile.employee(ADA, Role.REGIONAL_MANAGER).inTerritories(Territory.of("north"));

    // when
    Decision north = policy.read(regional, new RecordFacts(BOB, NORTH_1, Set.of()));
    Decision south = policy.read(regional, new RecordFacts(BOB, SOUTH_1, Set.of()));

    // then
    assertThat(north.allowed()).isTrue();
    assertThat(north.reason()).contains("territory");
    assertThat(south.allowed()).isFalse();
    assertThat(policy.readFilter(regional).branches()).containsExactly(NORTH_1);
  }

  @Test
  void read_wallSeparatesSides_isDeniedEvenForCompliance() {
    // given
    AccessProfile researcher = AccessProfile.employee(ADA, Role.COMPLIANCE).onSides(RESEARCH);
    RecordFacts dealClient = new RecordFacts(ADA, SOUTH_1, Set.of(DEALS));

    // when
    Decision decision = policy.read(researcher, dealClient);

    // then
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.reason()).contains("barrier");
    assertThat(policy.readFilter(researcher).excludedSides()).containsExactly(DEALS);
    assertThat(policy.readFilter(researcher).excludedTags()).containsExactly("barrier:deals");
    assertThat(policy.mayRunTenantWide(researcher)).isFalse();
  }

  @Test
  void read_callerOnSameSide_seesLabelledRecord() {
    // given
    AccessProfile banker = AccessProfile.employee(ADA, Role.ADVISOR).onSides(DEALS);

    // when
    boolean allowed = policy.canRead(banker, new RecordFacts(ADA, SOUTH_1, Set.of(DEALS)));

    // then
    assertThat(allowed).isTrue();
  }

  @Test
  void read_analyst_isMaskedAndMayNotChange() {
    // given
    AccessProfile analyst = AccessProfile.employee(ADA, Role.ANALYST);

    // when
    Decision read = policy.read(analyst, ownedBy(BOB));
    Decision change = policy.change(analyst, ownedBy(BOB));

    // then
    assertThat(read.allowed()).isTrue();
    assertThat(read.masked()).isTrue();
    assertThat(change.allowed()).isFalse();
    assertThat(policy.changeFilter(analyst).matchesNothing()).isTrue();
    assertThat(policy.mayRunTenantWide(analyst)).isTrue();
  }

  @Test
  void read_analystWhoAlsoOwnsRecord_isUnmasked() {
    // given
    AccessProfile both = AccessProfile.employee(ADA, Role.ANALYST, Role.ADVISOR);

    // when
    Decision own = policy.read(both, ownedBy(ADA));
    Decision other = policy.read(both, ownedBy(BOB));

    // then
    assertThat(own.masked()).isFalse();
    assertThat(other.masked()).isTrue();
  }

  @Test
  void readFilter_unknownRoleOrNoRole_matchesNothing() {
    // given
    AccessProfile stranger = AccessProfile.employee(ADA, Role.of("VISITOR"));

    // when
    RecordFilter filter = policy.readFilter(stranger);

    // then
    assertThat(filter.matchesNothing()).isTrue();
    assertThat(filter.matches(ownedBy(ADA))).isFalse();
    assertThat(policy.canRead(stranger, ownedBy(ADA))).isFalse();
    assertThat(policy.mayRunTenantWide(stranger)).isFalse();
  }

  @Test
  void readFilter_system_isUnrestricted() {
    // when
    RecordFilter filter = policy.readFilter(AccessProfile.system());

    // then
    assertThat(filter.isUnrestricted()).isTrue();
    assertThat(filter.owners()).isEmpty();
    assertThat(policy.canRead(AccessProfile.system(), ownedBy(null))).isTrue();
  }

  @Test
  void barrierSide_fromTags_readsOnlyBarrierTags() {
    // when
    Set<BarrierSide> sides = BarrierSide.fromTags(List.of("vip", "barrier:deals", "barrier:"));

    // then
    assertThat(sides).containsExactly(DEALS);
  }

  @Test
  void role_lowerCaseName_isRejected() {
    assertThatThrownBy(() -> Role.of("advisor"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("role must be");
  }

  @Test
  void wall_sideAgainstItself_isRejected() {
    assertThatThrownBy(() -> InformationBarriers.none().wall(DEALS, DEALS))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("itself");
  }
}
