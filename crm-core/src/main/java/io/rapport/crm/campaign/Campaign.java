package io.rapport.crm.campaign;

import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A marketing campaign: what it is for, how it reaches people (one or more channels, all needing
 * consent for {@code purpose}), when it runs, whom it targets, and what it costs and should earn.
 * Budget, expected cost and expected revenue are in the campaign's currency; actual costs are dated
 * cost lines in any currency, converted with dated rates when metrics are computed. Immutable;
 * commands return a new value at the same version, which storage checks and bumps.
 *
 * @param objective what the campaign should achieve; not personal data
 * @param expectedResponseRate the expected share of delivered members who respond, 0 to 1
 * @param parent the campaign this is a wave of; may be null
 * @param launchedAt when the campaign was launched; null while planned
 */
public record Campaign(
    CampaignId id,
    long version,
    String name,
    String objective,
    Set<CampaignChannel> channels,
    ConsentPurpose purpose,
    LocalDate startsOn,
    LocalDate endsOn,
    CampaignStatus status,
    Money budget,
    Money expectedCost,
    Money expectedRevenue,
    BigDecimal expectedResponseRate,
    SegmentId segment,
    CampaignId parent,
    List<CostLine> costLines,
    Instant launchedAt,
    Instant createdAt,
    Instant updatedAt) {

  /** The most cost lines one campaign may hold. */
  public static final int MAX_COST_LINES = 1_000;

  /** Checks presence, dates, one currency for the plan figures and the rate's range. */
  public Campaign {
    Checks.notNull(id, "id");
    Checks.argument(version >= 1, "version", "version must be at least 1");
    Checks.text(name, "name", 200);
    Checks.text(objective, "objective", 2000);
    Checks.argument(
        channels != null && !channels.isEmpty(), "channels", "channels must not be empty");
    channels = Set.copyOf(EnumSet.copyOf(channels));
    Checks.notNull(purpose, "purpose");
    Checks.notNull(startsOn, "startsOn");
    Checks.notNull(endsOn, "endsOn");
    Checks.argument(!endsOn.isBefore(startsOn), "endsOn", "endsOn must not be before startsOn");
    Checks.notNull(status, "status");
    Checks.notNull(budget, "budget");
    checkPlanned(budget, budget, "budget");
    checkPlanned(expectedCost, budget, "expectedCost");
    checkPlanned(expectedRevenue, budget, "expectedRevenue");
    Checks.notNull(expectedResponseRate, "expectedResponseRate");
    Checks.argument(
        expectedResponseRate.signum() >= 0 && expectedResponseRate.compareTo(BigDecimal.ONE) <= 0,
        "expectedResponseRate",
        "expectedResponseRate must be 0..1");
    expectedResponseRate = expectedResponseRate.stripTrailingZeros();
    Checks.argument(
        expectedResponseRate.scale() <= 6,
        "expectedResponseRate",
        "expectedResponseRate has more than 6 decimals");
    Checks.notNull(segment, "segment");
    Checks.argument(!id.equals(parent), "parent", "a campaign cannot be its own parent");
    costLines = Checks.list(costLines, "costLines");
    Checks.argument(
        costLines.size() <= MAX_COST_LINES, "costLines", "at most %s cost lines", MAX_COST_LINES);
    Checks.argument(
        (launchedAt == null) == (status == CampaignStatus.PLANNED)
            || status == CampaignStatus.CANCELLED,
        "launchedAt",
        "only a launched campaign has a launch time");
    launchedAt = launchedAt == null ? null : launchedAt.truncatedTo(ChronoUnit.MICROS);
    createdAt = Checks.notNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
    updatedAt = Checks.notNull(updatedAt, "updatedAt").truncatedTo(ChronoUnit.MICROS);
  }

  private static void checkPlanned(Money value, Money budget, String field) {
    Checks.notNull(value, field);
    Checks.argument(!value.isNegative(), field, "%s must not be negative", field);
    Checks.argument(
        value.currency().equals(budget.currency()),
        field,
        "%s must be in the campaign currency %s",
        field,
        budget.currency());
  }

  /** The campaign's currency: that of its budget, expected cost and expected revenue. */
  public Currency currency() {
    return budget.currency();
  }

  /**
   * This campaign launched at {@code at}.
   *
   * @throws CampaignStateException unless it is planned
   */
  public Campaign launch(Instant at) {
    return moveTo(CampaignStatus.ACTIVE, at, at);
  }

  /**
   * This campaign completed or cancelled at {@code at}.
   *
   * @throws CampaignStateException if the lifecycle does not allow the move
   */
  public Campaign close(CampaignStatus target, Instant at) {
    Checks.argument(
        target == CampaignStatus.COMPLETED || target == CampaignStatus.CANCELLED,
        "status",
        "a campaign closes as COMPLETED or CANCELLED, not %s",
        target);
    return moveTo(target, launchedAt, at);
  }

  private Campaign moveTo(CampaignStatus target, Instant launched, Instant at) {
    if (!status.canMoveTo(target)) {
      throw new CampaignStateException(id, status, target);
    }
    return new Campaign(
        id,
        version,
        name,
        objective,
        channels,
        purpose,
        startsOn,
        endsOn,
        target,
        budget,
        expectedCost,
        expectedRevenue,
        expectedResponseRate,
        segment,
        parent,
        costLines,
        launched,
        createdAt,
        at);
  }

  /**
   * This campaign with one more actual cost line; allowed in every status, since invoices arrive
   * late and a cancelled campaign still cost money.
   */
  public Campaign addCost(CostLine line, Instant at) {
    Checks.notNull(line, "costLine");
    List<CostLine> lines = new ArrayList<>(costLines);
    lines.add(line);
    return new Campaign(
        id,
        version,
        name,
        objective,
        channels,
        purpose,
        startsOn,
        endsOn,
        status,
        budget,
        expectedCost,
        expectedRevenue,
        expectedResponseRate,
        segment,
        parent,
        lines,
        launchedAt,
        createdAt,
        at);
  }

  /** This campaign at {@code nextVersion} (storage uses this after an update). */
  public Campaign withVersion(long nextVersion) {
    return new Campaign(
        id,
        nextVersion,
        name,
        objective,
        channels,
        purpose,
        startsOn,
        endsOn,
        status,
        budget,
        expectedCost,
        expectedRevenue,
        expectedResponseRate,
        segment,
        parent,
        costLines,
        launchedAt,
        createdAt,
        updatedAt);
  }
}
