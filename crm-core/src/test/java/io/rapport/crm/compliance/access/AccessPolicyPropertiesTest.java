package io.rapport.crm.compliance.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AccessPolicyPropertiesTest {
  private static final List<EmployeeId> EMPLOYEES =
      List.of(EmployeeId.of("e1"), EmployeeId.of("e2"), EmployeeId.of("e3"), EmployeeId.of("e4"));
  private static final List<BranchCode> BRANCHES =
      List.of(BranchCode.of("B1"), BranchCode.of("B2"), BranchCode.of("B3"));
  private static final List<BarrierSide> SIDES =
      List.of(BarrierSide.of("deals"), BarrierSide.of("research"), BarrierSide.of("retail"));
  private static final List<Role> ROLES =
      List.of(
          Role.ADVISOR,
          Role.BRANCH_MANAGER,
          Role.REGIONAL_MANAGER,
          Role.COMPLIANCE,
          Role.ANALYST,
          Role.SYSTEM,
          Role.of("UNKNOWN"));
  private static final AccessPolicy POLICY =
      AccessPolicy.standard()
          .withTerritories(
              Territories.none()
                  .with(Territory.of("t1"), Set.of(BRANCHES.get(0), BRANCHES.get(1)))
                  .with(Territory.of("t2"), Set.of(BRANCHES.get(2))))
          .withBarriers(InformationBarriers.none().wall(SIDES.get(0), SIDES.get(1)));

  @Property(tries = 2000)
  void readFilter_agreesWithPerRecordDecision(
      @ForAll("profiles") AccessProfile profile, @ForAll("records") RecordFacts facts) {
    // when
    boolean filtered = POLICY.readFilter(profile).matches(facts);
    boolean decided = POLICY.read(profile, facts).allowed();

    // then
    assertThat(filtered).isEqualTo(decided);
  }

  @Property(tries = 2000)
  void changeFilter_agreesWithPerRecordDecisionAndImpliesRead(
      @ForAll("profiles") AccessProfile profile, @ForAll("records") RecordFacts facts) {
    // when
    boolean filtered = POLICY.changeFilter(profile).matches(facts);
    boolean decided = POLICY.change(profile, facts).allowed();

    // then
    assertThat(filtered).isEqualTo(decided);
    if (decided) {
      assertThat(POLICY.read(profile, facts).allowed()).isTrue();
    }
  }

  @Property(tries = 1000)
  void walledOffRecord_isNeverReadable(
      @ForAll("profiles") AccessProfile profile, @ForAll("records") RecordFacts facts) {
    // given
    boolean walled =
        profile.sides().contains(SIDES.get(1))
            && !profile.sides().contains(SIDES.get(0))
            && facts.sides().contains(SIDES.get(0));

    // when
    boolean readable = POLICY.canRead(profile, facts);

    // then
    if (walled) {
      assertThat(readable).isFalse();
    }
  }

  @Provide
  Arbitrary<AccessProfile> profiles() {
    return Combinators.combine(
            Arbitraries.of(EMPLOYEES).injectNull(0.2),
            Arbitraries.of(ROLES).set().ofMaxSize(3),
            Arbitraries.of(EMPLOYEES).set().ofMaxSize(2),
            Arbitraries.of(BRANCHES).set().ofMaxSize(2),
            Arbitraries.of(Territory.of("t1"), Territory.of("t2"), Territory.of("t9"))
                .set()
                .ofMaxSize(2),
            Arbitraries.of(SIDES).set().ofMaxSize(2))
        .as(AccessProfile::new);
  }

  @Provide
  Arbitrary<RecordFacts> records() {
    return Combinators.combine(
            Arbitraries.of(EMPLOYEES).injectNull(0.2),
            Arbitraries.of(BRANCHES).injectNull(0.2),
            Arbitraries.of(SIDES).set().ofMaxSize(2))
        .as(RecordFacts::new);
  }
}
