package io.rapport.crm.lead;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.internal.Checks;
import java.util.UUID;

/** The id of a lead: a time-ordered UUIDv7 made by the library's id source. */
public record LeadId(UUID value) {
  /** Checks presence. */
  public LeadId {
    Checks.notNull(value, "leadId");
  }

  /** Parses the canonical UUID form. */
  public static LeadId of(String value) {
    Checks.notNull(value, "leadId");
    try {
      return new LeadId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("leadId", "leadId is not a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
