package io.rapport.crm.campaign;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/**
 * A customer targeted by a launched campaign (the launch snapshot), with the time each stage was
 * reached: a member that clicked without an open being tracked has a click time but no open time.
 * Metrics count members per stage reached. Immutable, versioned.
 *
 * @param reached the time each stage was reached; always holds {@link MemberStatus#TARGETED}
 * @param convertedValue the value of the conversion (e.g. the first-year revenue of the product
 *     sold), or null when not converted or not known
 */
public record CampaignMember(
    CampaignId campaign,
    CustomerId customer,
    long version,
    MemberStatus status,
    Map<MemberStatus, Instant> reached,
    Money convertedValue) {

  /** Checks presence and that the times agree with the status. */
  public CampaignMember {
    Checks.notNull(campaign, "campaign");
    Checks.notNull(customer, "customer");
    Checks.argument(version >= 1, "version", "version must be at least 1");
    Checks.notNull(status, "status");
    Checks.notNull(reached, "reached");
    EnumMap<MemberStatus, Instant> times = new EnumMap<>(MemberStatus.class);
    reached.forEach((stage, at) -> times.put(stage, at.truncatedTo(ChronoUnit.MICROS)));
    Checks.argument(
        times.containsKey(MemberStatus.TARGETED) && times.containsKey(status),
        "reached",
        "reached must hold the targeting time and the time of the current status");
    reached = Map.copyOf(times);
    Checks.argument(
        convertedValue == null || status == MemberStatus.CONVERTED,
        "convertedValue",
        "only a converted member has a converted value");
    Checks.argument(
        convertedValue == null || !convertedValue.isNegative(),
        "convertedValue",
        "convertedValue must not be negative");
  }

  /** A member recorded at launch time {@code at}, version 1. */
  public static CampaignMember targeted(CampaignId campaign, CustomerId customer, Instant at) {
    return new CampaignMember(
        campaign, customer, 1, MemberStatus.TARGETED, Map.of(MemberStatus.TARGETED, at), null);
  }

  /** When the member reached {@code stage}, or null. */
  public Instant reachedAt(MemberStatus stage) {
    return reached.get(stage);
  }

  /**
   * This member moved to {@code target} at {@code at}, with the conversion value for {@link
   * MemberStatus#CONVERTED} (may be null).
   *
   * @throws CampaignStateException if the member's lifecycle does not allow the move
   */
  public CampaignMember moveTo(MemberStatus target, Instant at, Money value) {
    Checks.notNull(target, "status");
    Checks.notNull(at, "at");
    if (!status.canMoveTo(target)) {
      throw new CampaignStateException(customer, status, target);
    }
    Map<MemberStatus, Instant> times = new EnumMap<>(reached);
    times.put(target, at);
    return new CampaignMember(campaign, customer, version, target, times, value);
  }

  /** This member at {@code nextVersion} (storage uses this after an update). */
  public CampaignMember withVersion(long nextVersion) {
    return new CampaignMember(campaign, customer, nextVersion, status, reached, convertedValue);
  }
}
