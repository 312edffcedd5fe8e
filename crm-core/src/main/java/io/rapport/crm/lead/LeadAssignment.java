package io.rapport.crm.lead;

import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.internal.Checks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Who works a lead, and why: the rule that matched and the strategy's reason.
 *
 * @param rule the name of the assignment rule, or {@code manual}
 * @param reason e.g. {@code round robin 3/5} or {@code workload 4/20}
 */
public record LeadAssignment(EmployeeId owner, String rule, String reason, Instant assignedAt) {
  /** Checks presence. */
  public LeadAssignment {
    Checks.notNull(owner, "owner");
    Checks.text(rule, "rule", 100);
    Checks.text(reason, "reason", 200);
    Checks.notNull(assignedAt, "assignedAt");
    assignedAt = assignedAt.truncatedTo(ChronoUnit.MICROS);
  }
}
