package io.rapport.crm.finance;

import io.rapport.crm.common.internal.Checks;

/**
 * The host's own id of a financial event, e.g. the core-banking ledger line id. It makes imports
 * idempotent: a key is stored once per tenant and event type, so re-importing a line changes
 * nothing. Not personal data; at most 128 characters, no control characters, no surrounding blanks.
 */
public record ExternalKey(String value) {
  /** The longest key accepted. */
  public static final int MAX_LENGTH = 128;

  /** Checks length and characters. */
  public ExternalKey {
    Checks.text(value, "externalKey", MAX_LENGTH);
    Checks.argument(
        value.strip().equals(value),
        "externalKey",
        "externalKey must not start or end with blanks");
    Checks.argument(
        value.chars().noneMatch(Character::isISOControl),
        "externalKey",
        "externalKey must not contain control characters");
  }

  /** {@code ExternalKey.of("GL-2025-000123")}. */
  public static ExternalKey of(String value) {
    return new ExternalKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
