package io.rapport.crm.lead;

import io.rapport.crm.common.internal.Checks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A lead that became (or was attached to) a customer: final.
 *
 * @param conversion the customer, the opportunity opened (if any), the key and the referrer
 *     credited
 */
public record ConvertedLead(
    LeadId id, long version, LeadProfile profile, LeadConversion conversion, Instant updatedAt)
    implements Lead {

  /** Checks presence. */
  public ConvertedLead {
    Checks.notNull(id, "id");
    Checks.argument(version >= 1, "version", "version must be at least 1");
    Checks.notNull(profile, "profile");
    Checks.notNull(conversion, "conversion");
    updatedAt = Checks.notNull(updatedAt, "updatedAt").truncatedTo(ChronoUnit.MICROS);
  }

  @Override
  public LeadStatus status() {
    return LeadStatus.CONVERTED;
  }

  @Override
  public ConvertedLead withVersion(long value) {
    return new ConvertedLead(id, value, profile, conversion, updatedAt);
  }

  @Override
  public ConvertedLead scored(LeadScore value) {
    return new ConvertedLead(id, version, profile.withScore(value), conversion, value.scoredAt());
  }
}
