package io.rapport.crm.compliance;

import io.rapport.crm.common.internal.Checks;

/**
 * One changed field of an audited record. Values are rendered as text; personal data is rendered
 * masked before it gets here, so the audit log never holds a raw e-mail, phone or id number.
 *
 * @param oldValue null when the field was absent (e.g. on creation)
 * @param newValue null when the field was removed
 */
public record FieldChange(String field, String oldValue, String newValue) {
  /** Checks the field name. */
  public FieldChange {
    Checks.text(field, "field", 200);
  }
}
