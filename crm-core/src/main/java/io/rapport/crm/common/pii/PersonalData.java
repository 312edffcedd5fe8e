package io.rapport.crm.common.pii;

/**
 * A value that is personal data. Its {@code toString()} returns {@link #masked()}, so logging or
 * concatenating it never shows the raw value; the raw value is only reachable through the record's
 * accessor, on purpose.
 */
public interface PersonalData {
  /** A rendering safe for logs, messages and screens that must not show the value. */
  String masked();
}
