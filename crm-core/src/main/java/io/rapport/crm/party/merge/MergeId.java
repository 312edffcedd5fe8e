package io.rapport.crm.party.merge;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.internal.Checks;
import java.util.UUID;

/** The id of a customer merge: a time-ordered UUIDv7 made by the library's id source. */
public record MergeId(UUID value) {
  /** Checks presence. */
  public MergeId {
    Checks.notNull(value, "mergeId");
  }

  /** Parses the canonical UUID form. */
  public static MergeId of(String value) {
    Checks.notNull(value, "mergeId");
    try {
      return new MergeId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("mergeId", "mergeId is not a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
