package io.rapport.crm.pipeline;

import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One group of closed opportunities: same outcome, owner, source, lost reason and value currency.
 * The value of a won deal is its actual amount, of a lost deal its amount when lost. Only the
 * current state counts: a reopened deal counts again only once it is closed again.
 *
 * @param outcome {@link StageKind#WON} or {@link StageKind#LOST}
 * @param lostReason the reason code of lost deals; null for won deals
 */
public record ClosedDeals(
    StageKind outcome,
    EmployeeId owner,
    DealSource source,
    String lostReason,
    Currency currency,
    long count,
    Money value) {

  /** Outcome, owner, source, lost reason (won first), currency. */
  public static final Comparator<ClosedDeals> ORDER =
      Comparator.comparing(ClosedDeals::outcome)
          .thenComparing(deals -> deals.owner().value())
          .thenComparing(ClosedDeals::source)
          .thenComparing(deals -> deals.lostReason() == null ? "" : deals.lostReason())
          .thenComparing(deals -> deals.currency().getCurrencyCode());

  /** Checks consistency. */
  public ClosedDeals {
    Checks.argument(
        outcome == StageKind.WON || outcome == StageKind.LOST, "outcome", "must be WON or LOST");
    Checks.notNull(owner, "owner");
    Checks.notNull(source, "source");
    Checks.argument(
        (lostReason != null) == (outcome == StageKind.LOST),
        "lostReason",
        "lost deals and only they have a lost reason");
    Checks.notNull(currency, "currency");
    Checks.argument(count >= 1, "count", "count must be positive");
    Checks.argument(value.currency().equals(currency), "value", "value must be in %s", currency);
  }

  /** Whether these deals were won. */
  public boolean won() {
    return outcome == StageKind.WON;
  }

  /**
   * The closed deals of {@code opportunities} grouped by outcome, owner, source, lost reason and
   * currency, in {@link #ORDER}; open opportunities are left out. The reference meaning of the
   * closed-deals query that adapters push down.
   */
  public static List<ClosedDeals> summarise(Collection<? extends Opportunity> opportunities) {
    Map<List<Object>, ClosedDeals> groups = new LinkedHashMap<>();
    for (Opportunity opportunity : opportunities) {
      ClosedDeals one = ofDeal(opportunity);
      if (one != null) {
        groups.merge(
            Arrays.asList(
                one.outcome(), one.owner(), one.source(), one.lostReason(), one.currency()),
            one,
            ClosedDeals::plus);
      }
    }
    return groups.values().stream().sorted(ORDER).toList();
  }

  /** A group of one closed opportunity, or null for an open one. */
  private static ClosedDeals ofDeal(Opportunity opportunity) {
    if (opportunity instanceof WonOpportunity won) {
      return new ClosedDeals(
          StageKind.WON,
          won.terms().owner(),
          won.terms().source(),
          null,
          won.actualAmount().currency(),
          1,
          won.actualAmount());
    }
    if (opportunity instanceof LostOpportunity lost) {
      return new ClosedDeals(
          StageKind.LOST,
          lost.terms().owner(),
          lost.terms().source(),
          lost.lostReason().code(),
          lost.terms().amount().currency(),
          1,
          lost.terms().amount());
    }
    return null;
  }

  /** This group and {@code other} (of the same key) together. */
  private ClosedDeals plus(ClosedDeals other) {
    return new ClosedDeals(
        outcome, owner, source, lostReason, currency, count + other.count, value.plus(other.value));
  }
}
