package io.rapport.crm.campaign;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import java.time.LocalDate;

/** An amount and the day whose exchange rate converts it. */
public record DatedAmount(LocalDate on, Money amount) {
  /** Checks presence. */
  public DatedAmount {
    Checks.notNull(on, "on");
    Checks.notNull(amount, "amount");
  }
}
