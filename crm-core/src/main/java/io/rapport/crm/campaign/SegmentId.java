package io.rapport.crm.campaign;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.internal.Checks;
import java.util.UUID;

/** The id of a segment: a time-ordered UUIDv7 made by the library's id source. */
public record SegmentId(UUID value) {
  /** Checks presence. */
  public SegmentId {
    Checks.notNull(value, "segmentId");
  }

  /** Parses the canonical UUID form. */
  public static SegmentId of(String value) {
    Checks.notNull(value, "segmentId");
    try {
      return new SegmentId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("segmentId", "segmentId is not a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
