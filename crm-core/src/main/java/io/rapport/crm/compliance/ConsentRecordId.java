package io.rapport.crm.compliance;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.internal.Checks;
import java.util.UUID;

/** The id of one consent record: a time-ordered UUIDv7 made by the library's id source. */
public record ConsentRecordId(UUID value) {
  /** Checks presence. */
  public ConsentRecordId {
    Checks.notNull(value, "consentRecordId");
  }

  /** Parses the canonical UUID form. */
  public static ConsentRecordId of(String value) {
    Checks.notNull(value, "consentRecordId");
    try {
      return new ConsentRecordId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("consentRecordId", "consentRecordId is not a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
