package io.rapport.crm.lead;

import io.rapport.crm.common.internal.Checks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A lead not pursued, with the reason: final. A lead merged into another is disqualified with
 * reason {@value #MERGED} and names the survivor.
 *
 * @param reason why it was disqualified
 * @param mergedInto the lead this one was merged into; null unless merged
 */
public record DisqualifiedLead(
    LeadId id,
    long version,
    LeadProfile profile,
    String reason,
    LeadId mergedInto,
    Instant updatedAt)
    implements Lead {
  /** The reason of a lead merged into another. */
  public static final String MERGED = "merged";

  static final int REASON_LIMIT = 200;

  /** Checks presence, the reason's length, and that a lead is not merged into itself. */
  public DisqualifiedLead {
    Checks.notNull(id, "id");
    Checks.argument(version >= 1, "version", "version must be at least 1");
    Checks.notNull(profile, "profile");
    Checks.text(reason, "reason", REASON_LIMIT);
    Checks.argument(
        mergedInto == null || !mergedInto.equals(id),
        "mergedInto",
        "a lead cannot be merged into itself");
    updatedAt = Checks.notNull(updatedAt, "updatedAt").truncatedTo(ChronoUnit.MICROS);
  }

  @Override
  public LeadStatus status() {
    return LeadStatus.DISQUALIFIED;
  }

  @Override
  public DisqualifiedLead withVersion(long value) {
    return new DisqualifiedLead(id, value, profile, reason, mergedInto, updatedAt);
  }

  @Override
  public DisqualifiedLead scored(LeadScore value) {
    return new DisqualifiedLead(
        id, version, profile.withScore(value), reason, mergedInto, value.scoredAt());
  }
}
