package io.rapport.crm.campaign;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import java.time.LocalDate;

/**
 * An actual cost of a campaign, dated so that it converts at the rate of its own day.
 *
 * @param description what was paid for, e.g. "print run wave 1"; not personal data
 */
public record CostLine(LocalDate spentOn, Money amount, String description) {
  /** Checks presence and that the amount is not negative. */
  public CostLine {
    Checks.notNull(spentOn, "spentOn");
    Checks.notNull(amount, "amount");
    Checks.argument(!amount.isNegative(), "amount", "amount must not be negative");
    Checks.text(description, "description", 200);
  }
}
