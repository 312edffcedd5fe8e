package io.rapport.crm.common;

import io.rapport.crm.common.internal.Checks;
import java.util.UUID;

/** The id of a domain event, stable across redeliveries: listeners deduplicate on it. */
public record EventId(UUID value) {
  /** Checks presence. */
  public EventId {
    Checks.notNull(value, "eventId");
  }

  /** Parses the canonical UUID form. */
  public static EventId of(String value) {
    Checks.notNull(value, "eventId");
    try {
      return new EventId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("eventId", "eventId is not a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
