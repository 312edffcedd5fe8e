package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.Money;
import io.rapport.crm.finance.ExternalKey;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.finance.FinancialLine;
import io.rapport.crm.finance.Purchase;
import io.rapport.crm.sdk.CommandValidationException;
import io.rapport.crm.sdk.FinanceCommand;
import io.rapport.crm.sdk.RecordFinancialLine;
import io.rapport.crm.sdk.RecordPurchase;
import io.rapport.crm.sdk.Violation;
import io.rapport.crm.sdk.internal.validation.CommandValidator;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import java.math.BigDecimal;
import java.util.List;

/** Validates finance import rows and turns them into {@link FinancialEvent}s. */
final class FinanceRows {
  private static final String COMMAND = "FinanceImport";

  private FinanceRows() {}

  /** The event of a valid row, or the row's violations. */
  record Converted(FinancialEvent event, List<Violation> violations) {}

  static Converted convert(CommandValidator validator, FinanceCommand row) {
    ViolationCollector collector = new ViolationCollector(COMMAND, validator.violations(row, ""));
    ExternalKey key = collector.at("externalKey", () -> ExternalKey.of(row.externalKey()));
    FinancialEvent event = null;
    if (row instanceof RecordFinancialLine line) {
      Money amount = money(collector, line.amount(), line.currency());
      if (key != null && amount != null) {
        event =
            collector.under(
                "",
                () ->
                    new FinancialLine(
                        key, line.customer(), line.product(), line.kind(), line.day(), amount));
      }
    } else if (row instanceof RecordPurchase purchase) {
      Money amount = money(collector, purchase.amount(), purchase.currency());
      if (key != null && amount != null) {
        event =
            collector.under(
                "", () -> Purchase.of(key, purchase.customer(), purchase.day(), amount));
      }
    }
    try {
      collector.throwIfInvalid();
    } catch (CommandValidationException e) {
      return new Converted(null, e.violations());
    }
    return new Converted(event, List.of());
  }

  private static Money money(ViolationCollector collector, BigDecimal amount, String currency) {
    return collector.money("amount", amount, "currency", currency);
  }
}
