package io.rapport.crm.party;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.internal.Checks;
import java.util.UUID;

/** The id of a {@code customer}: a time-ordered UUIDv7 made by the library's id source. */
public record CustomerId(UUID value) {
  /** Checks presence. */
  public CustomerId {
    Checks.notNull(value, "customerId");
  }

  /** Parses the canonical UUID form. */
  public static CustomerId of(String value) {
    Checks.notNull(value, "customerId");
    try {
      return new CustomerId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("customerId", "customerId is not a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
