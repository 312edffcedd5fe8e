package io.rapport.crm.pipeline;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.internal.Checks;
import java.util.UUID;

/** The id of an opportunity: a time-ordered UUIDv7 made by the library's id source. */
public record OpportunityId(UUID value) {
  /** Checks presence. */
  public OpportunityId {
    Checks.notNull(value, "opportunityId");
  }

  /** Parses the canonical UUID form. */
  public static OpportunityId of(String value) {
    Checks.notNull(value, "opportunityId");
    try {
      return new OpportunityId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("opportunityId", "opportunityId is not a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
