package io.rapport.crm.party;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.internal.Checks;
import java.util.UUID;

/** The id of a {@code holding}: a time-ordered UUIDv7 made by the library's id source. */
public record HoldingId(UUID value) {
  /** Checks presence. */
  public HoldingId {
    Checks.notNull(value, "holdingId");
  }

  /** Parses the canonical UUID form. */
  public static HoldingId of(String value) {
    Checks.notNull(value, "holdingId");
    try {
      return new HoldingId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("holdingId", "holdingId is not a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
