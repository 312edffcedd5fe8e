package io.rapport.crm.party;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.internal.Checks;
import java.util.UUID;

/** The id of a {@code household}: a time-ordered UUIDv7 made by the library's id source. */
public record HouseholdId(UUID value) {
  /** Checks presence. */
  public HouseholdId {
    Checks.notNull(value, "householdId");
  }

  /** Parses the canonical UUID form. */
  public static HouseholdId of(String value) {
    Checks.notNull(value, "householdId");
    try {
      return new HouseholdId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("householdId", "householdId is not a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
