package io.rapport.crm.party;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.internal.Checks;
import java.util.UUID;

/** The id of a {@code contactPoint}: a time-ordered UUIDv7 made by the library's id source. */
public record ContactPointId(UUID value) {
  /** Checks presence. */
  public ContactPointId {
    Checks.notNull(value, "contactPointId");
  }

  /** Parses the canonical UUID form. */
  public static ContactPointId of(String value) {
    Checks.notNull(value, "contactPointId");
    try {
      return new ContactPointId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("contactPointId", "contactPointId is not a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
