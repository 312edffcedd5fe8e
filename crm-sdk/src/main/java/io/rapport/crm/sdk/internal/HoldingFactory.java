package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.pii.AccountReference;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingId;
import io.rapport.crm.sdk.RecordHolding;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import java.time.Instant;

/** Turns validated {@link RecordHolding}s into {@link Holding} values. */
final class HoldingFactory {
  private HoldingFactory() {}

  /**
   * The holding {@code command} describes (version 1), with paths under {@code prefix}; null, with
   * the refusals recorded, when a core type refuses a value. A card number is truncated here and
   * the whole number goes no further.
   */
  static Holding create(
      ViolationCollector collector,
      String prefix,
      RecordHolding command,
      HoldingId id,
      Instant now) {
    String referencePath = ViolationCollector.join(prefix, "accountReference");
    AccountReference reference =
        command.card()
            ? collector.at(referencePath, () -> AccountReference.card(command.accountReference()))
            : collector.at(referencePath, () -> AccountReference.of(command.accountReference()));
    Money balance =
        collector.money(
            ViolationCollector.join(prefix, "balance"),
            command.balance(),
            ViolationCollector.join(prefix, "currency"),
            command.currency());
    if (command.openedOn() != null && command.closedOn() != null) {
      collector.require(
          !command.closedOn().isBefore(command.openedOn()),
          ViolationCollector.join(prefix, "closedOn"),
          "ClosedOnOrAfterOpening",
          "must not be before openedOn");
    }
    if (reference == null || balance == null) {
      return null;
    }
    return collector.under(
        prefix,
        () ->
            new Holding(
                id,
                1,
                command.customer(),
                command.productType(),
                command.productName(),
                reference,
                command.role(),
                balance,
                command.openedOn(),
                command.closedOn(),
                command.asOf() == null ? now : command.asOf()));
  }
}
