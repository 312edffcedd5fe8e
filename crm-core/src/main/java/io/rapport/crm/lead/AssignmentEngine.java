package io.rapport.crm.lead;

import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Assigns leads by the first matching {@link AssignmentRule} and its strategy. Deterministic: the
 * same rules, leads (in order) and open-lead counts give the same result. Safe in bulk: each pick
 * counts the leads already given out in the same call, so a batch spreads as the strategy says.
 * Immutable and thread-safe.
 */
public final class AssignmentEngine {
  private final List<AssignmentRule> rules;

  /** An engine trying {@code rules} in order. */
  public AssignmentEngine(List<AssignmentRule> rules) {
    this.rules = Checks.list(rules, "rules");
  }

  /**
   * The assignments of the open leads among {@code leads} that a rule matches and a member can
   * take, in the order of {@code leads}; other leads are left out.
   *
   * @param openLeads current open leads per employee; missing employees have none
   */
  public Map<LeadId, LeadAssignment> assign(
      List<? extends Lead> leads, Map<EmployeeId, Long> openLeads, Instant at) {
    Checks.notNull(openLeads, "openLeads");
    Checks.notNull(at, "at");
    Map<EmployeeId, Long> load = new HashMap<>(openLeads);
    Map<String, Integer> turns = new HashMap<>();
    Map<LeadId, LeadAssignment> result = new LinkedHashMap<>();
    for (Lead lead : Checks.list(leads, "leads")) {
      if (!lead.status().open()) {
        continue;
      }
      for (AssignmentRule rule : rules) {
        if (rule.matches(lead)) {
          Pick pick = pick(rule, lead, load, turns);
          if (pick != null) {
            load.merge(pick.member().employee(), 1L, Long::sum);
            result.put(
                lead.id(),
                new LeadAssignment(pick.member().employee(), rule.name(), pick.reason(), at));
          }
          break;
        }
      }
    }
    return result;
  }

  private record Pick(Assignee member, String reason) {}

  private static Pick pick(
      AssignmentRule rule, Lead lead, Map<EmployeeId, Long> load, Map<String, Integer> turns) {
    List<Assignee> team = rule.team();
    return switch (rule.strategy()) {
      case ROUND_ROBIN -> {
        int next =
            turns.computeIfAbsent(
                rule.name(),
                name ->
                    (int)
                        (team.stream().mapToLong(m -> load.getOrDefault(m.employee(), 0L)).sum()
                            % team.size()));
        turns.put(rule.name(), (next + 1) % team.size());
        yield new Pick(team.get(next), "round robin " + (next + 1) + "/" + team.size());
      }
      case WEIGHTED -> {
        Assignee best = null;
        for (Assignee member : team) {
          if (best == null
              || load(load, member) * best.weight() < load(load, best) * member.weight()) {
            best = member;
          }
        }
        yield new Pick(best, "weighted " + load(load, best) + " open at weight " + best.weight());
      }
      case SKILL -> {
        List<Assignee> skilled = new ArrayList<>();
        for (Assignee member : team) {
          if (member.skills().contains(lead.interest().name().toLowerCase(Locale.ROOT))
              || (lead.segment() != null
                  && member.skills().contains(lead.segment().toLowerCase(Locale.ROOT)))) {
            skilled.add(member);
          }
        }
        Assignee best = leastLoaded(skilled.isEmpty() ? team : skilled, load, false);
        yield new Pick(
            best,
            (skilled.isEmpty() ? "no skill match, least loaded " : "skill match, least loaded ")
                + load(load, best));
      }
      case WORKLOAD -> {
        Assignee best = leastLoaded(team, load, true);
        yield best == null
            ? null
            : new Pick(best, "workload " + load(load, best) + "/" + best.capacity());
      }
    };
  }

  private static long load(Map<EmployeeId, Long> load, Assignee member) {
    return load.getOrDefault(member.employee(), 0L);
  }

  private static Assignee leastLoaded(
      List<Assignee> members, Map<EmployeeId, Long> load, boolean belowCapacity) {
    Assignee best = null;
    for (Assignee member : members) {
      long current = load(load, member);
      if (belowCapacity && current >= member.capacity()) {
        continue;
      }
      if (best == null || current < load(load, best)) {
        best = member;
      }
    }
    return best;
  }
}
