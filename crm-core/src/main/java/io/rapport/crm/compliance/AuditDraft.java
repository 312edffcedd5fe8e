package io.rapport.crm.compliance;

import io.rapport.crm.common.internal.Checks;
import java.util.List;

/**
 * An audit entry before it is chained: what happened to which record, the changed fields and the
 * reason given, if any.
 *
 * @param action dotted action, e.g. {@code customer.status-changed}
 * @param reason free text from the caller; may be null
 */
public record AuditDraft(
    String recordType, String recordId, String action, List<FieldChange> changes, String reason) {
  /** Checks presence and copies the changes. */
  public AuditDraft {
    Checks.text(recordType, "recordType", 50);
    Checks.text(recordId, "recordId", 100);
    Checks.text(action, "action", 100);
    changes = Checks.list(changes, "changes");
    Checks.optionalText(reason, "reason", 2000);
  }
}
