package io.rapport.crm.party;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.internal.Checks;
import java.util.UUID;

/** The id of a {@code relationship}: a time-ordered UUIDv7 made by the library's id source. */
public record RelationshipId(UUID value) {
  /** Checks presence. */
  public RelationshipId {
    Checks.notNull(value, "relationshipId");
  }

  /** Parses the canonical UUID form. */
  public static RelationshipId of(String value) {
    Checks.notNull(value, "relationshipId");
    try {
      return new RelationshipId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("relationshipId", "relationshipId is not a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
