package io.rapport.crm.pipeline;

import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import java.util.Comparator;
import java.util.Currency;

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
}
