package io.rapport.crm.common;

import io.rapport.crm.common.internal.Checks;
import java.util.UUID;

/** The id of a domain event, stable across redeliveries: listeners deduplicate on it. */
public record EventId(UUID value) {
  /** Checks presence. */
  public EventId {
    Checks.notNull(value, "eventId");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
