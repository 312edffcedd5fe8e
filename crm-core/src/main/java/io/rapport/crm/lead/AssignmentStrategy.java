package io.rapport.crm.lead;

/** How an assignment rule picks one member of its team. Ties always go to the earlier member. */
public enum AssignmentStrategy {
  /** In turn, starting after the team's current open-lead total (mod team size). */
  ROUND_ROBIN,
  /** The member with the lowest open leads per unit of weight. */
  WEIGHTED,
  /** Among members with a skill equal to the lead's interest or segment, the least loaded. */
  SKILL,
  /** The least loaded member below capacity; none when all are full. */
  WORKLOAD
}
