package io.rapport.crm.compliance;

import io.rapport.crm.common.internal.Checks;

/**
 * One changed field of an audited record. Values are rendered as text; personal data is rendered
 * masked before it gets here, so the audit log never holds a raw e-mail, phone or id number. The
 * SDK stores the values of records about a customer or a lead sealed with that person's key ({@code
 * sealed:customer:<id>:<base64>}), so erasing the person shreds them.
 *
 * @param oldValue null when the field was absent (e.g. on creation)
 * @param newValue null when the field was removed
 */
public record FieldChange(String field, String oldValue, String newValue) {
  /**
   * What a value about a person reads as in history once the person was erased: their audit key was
   * destroyed, so the sealed value can never be opened again.
   */
  public static final String ERASED = "[erased]";

  /** Checks the field name. */
  public FieldChange {
    Checks.text(field, "field", 200);
  }
}
