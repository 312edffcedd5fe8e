package io.rapport.crm.lead;

import static io.rapport.crm.lead.LeadFixtures.CAPTURED;
import static io.rapport.crm.lead.LeadFixtures.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.ProductType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AssignmentEngineTest {
  private static final EmployeeId ANN = EmployeeId.of("ann");
  private static final EmployeeId BOB = EmployeeId.of("bob");
  private static final EmployeeId CY = EmployeeId.of("cy");

  private static List<Lead> leads(int count) {
    List<Lead> leads = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      leads.add(aLead(i));
    }
    return leads;
  }

  private static Map<EmployeeId, Long> perOwner(Map<LeadId, LeadAssignment> result) {
    Map<EmployeeId, Long> counts = new HashMap<>();
    result.values().forEach(a -> counts.merge(a.owner(), 1L, Long::sum));
    return counts;
  }

  @Property(tries = 10)
  void roundRobin_tenThousandLeads_spreadWithinOneOfEachOther(
      @ForAll @IntRange(min = 1, max = 7) int teamSize,
      @ForAll @Size(max = 7) List<@IntRange(min = 0, max = 50) Integer> existing) {
    // given
    List<Assignee> team = new ArrayList<>();
    Map<EmployeeId, Long> open = new HashMap<>();
    for (int i = 0; i < teamSize; i++) {
      EmployeeId id = EmployeeId.of("e" + i);
      team.add(Assignee.of(id));
      if (i < existing.size()) {
        open.put(id, (long) existing.get(i));
      }
    }
    AssignmentEngine engine =
        new AssignmentEngine(
            List.of(AssignmentRule.everyLead("all", AssignmentStrategy.ROUND_ROBIN, team)));

    // when
    Map<LeadId, LeadAssignment> result = engine.assign(leads(10_000), open, CAPTURED);

    // then
    assertThat(result).hasSize(10_000);
    Map<EmployeeId, Long> counts = perOwner(result);
    long min =
        team.stream().mapToLong(m -> counts.getOrDefault(m.employee(), 0L)).min().orElseThrow();
    long max =
        team.stream().mapToLong(m -> counts.getOrDefault(m.employee(), 0L)).max().orElseThrow();
    assertThat(max - min).isLessThanOrEqualTo(1);
  }

  @Property(tries = 10)
  void weighted_tenThousandLeads_spreadInProportionToWeights(
      @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 10) Integer> weights) {
    // given
    List<Assignee> team = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      team.add(Assignee.of(EmployeeId.of("e" + i)).weighted(weights.get(i)));
    }
    AssignmentEngine engine =
        new AssignmentEngine(
            List.of(AssignmentRule.everyLead("all", AssignmentStrategy.WEIGHTED, team)));
    int total = weights.stream().mapToInt(Integer::intValue).sum();

    // when
    Map<EmployeeId, Long> counts = perOwner(engine.assign(leads(10_000), Map.of(), CAPTURED));

    // then: each gets its share to within one lead
    for (Assignee member : team) {
      double share = 10_000.0 * member.weight() / total;
      assertThat((double) counts.getOrDefault(member.employee(), 0L))
          .isBetween(Math.floor(share) - 1, Math.ceil(share) + 1);
    }
  }

  @Property(tries = 10)
  void workload_tenThousandLeads_neverExceedsCapacity(
      @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 3000) Integer> capacities) {
    // given
    List<Assignee> team = new ArrayList<>();
    for (int i = 0; i < capacities.size(); i++) {
      team.add(Assignee.of(EmployeeId.of("e" + i)).capacity(capacities.get(i)));
    }
    AssignmentEngine engine =
        new AssignmentEngine(
            List.of(AssignmentRule.everyLead("all", AssignmentStrategy.WORKLOAD, team)));

    // when
    Map<LeadId, LeadAssignment> result = engine.assign(leads(10_000), Map.of(), CAPTURED);

    // then
    Map<EmployeeId, Long> counts = perOwner(result);
    int capacity = capacities.stream().mapToInt(Integer::intValue).sum();
    assertThat(result).hasSize(Math.min(10_000, capacity));
    for (Assignee member : team) {
      assertThat(counts.getOrDefault(member.employee(), 0L)).isLessThanOrEqualTo(member.capacity());
    }
  }

  @Test
  void workload_existingLoad_goesToLeastLoadedThenEarlierMember() {
    // given
    AssignmentEngine engine =
        new AssignmentEngine(
            List.of(
                AssignmentRule.everyLead(
                    "team",
                    AssignmentStrategy.WORKLOAD,
                    List.of(Assignee.of(ANN).capacity(5), Assignee.of(BOB).capacity(5)))));

    // when
    Map<LeadId, LeadAssignment> result =
        engine.assign(leads(3), Map.of(ANN, 2L, BOB, 1L), CAPTURED);

    // then: bob (1) → tie 2/2 goes to ann → bob
    assertThat(result.values()).extracting(LeadAssignment::owner).containsExactly(BOB, ANN, BOB);
    assertThat(result.values())
        .extracting(LeadAssignment::reason)
        .containsExactly("workload 1/5", "workload 2/5", "workload 2/5");
  }

  @Test
  void rules_branchAndProduct_firstMatchingRuleDecidesAndSkillPicksExpert() {
    // given
    AssignmentRule edinburgh =
        new AssignmentRule(
            "edinburgh",
            BranchCode.of("EDI-01"),
            null,
            null,
            AssignmentStrategy.ROUND_ROBIN,
            List.of(Assignee.of(CY)));
    AssignmentRule mortgages =
        new AssignmentRule(
            "mortgages",
            null,
            null,
            ProductType.MORTGAGE,
            AssignmentStrategy.SKILL,
            List.of(Assignee.of(ANN).skilled("savings"), Assignee.of(BOB).skilled("Mortgage")));
    AssignmentEngine engine = new AssignmentEngine(List.of(edinburgh, mortgages));
    Lead savings = aLead(2, ProductType.SAVINGS, SourceKind.WEB_FORM, LeadFixtures.grace());

    // when
    Map<LeadId, LeadAssignment> result =
        engine.assign(List.of(aLead(1), savings), Map.of(), CAPTURED);

    // then: the mortgage lead goes to the expert; no rule matches the savings lead in London
    assertThat(result).containsOnlyKeys(aLead(1).id());
    assertThat(result.get(aLead(1).id()).owner()).isEqualTo(BOB);
    assertThat(result.get(aLead(1).id()).rule()).isEqualTo("mortgages");
    assertThat(result.get(aLead(1).id()).reason()).isEqualTo("skill match, least loaded 0");
  }

  @Test
  void assign_sameInput_isDeterministic() {
    // given
    AssignmentEngine engine =
        new AssignmentEngine(
            List.of(
                AssignmentRule.everyLead(
                    "all",
                    AssignmentStrategy.ROUND_ROBIN,
                    List.of(Assignee.of(ANN), Assignee.of(BOB), Assignee.of(CY)))));

    // when
    Map<LeadId, LeadAssignment> first = engine.assign(leads(50), Map.of(ANN, 4L), CAPTURED);
    Map<LeadId, LeadAssignment> second = engine.assign(leads(50), Map.of(ANN, 4L), CAPTURED);

    // then: the turn starts after 4 open leads mod 3 = member 2
    assertThat(first).isEqualTo(second);
    assertThat(first.get(aLead(0).id()).owner()).isEqualTo(BOB);
  }
}
