package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.pii.AccountReference;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.party.Holding;
import java.util.List;
import java.util.function.Function;

/**
 * The audited fields of a {@link Holding}, old against new. The account reference is masked; the
 * {@code asOf} time of a core-banking snapshot is not audited.
 */
final class HoldingDiffer {
  private HoldingDiffer() {}

  /** The changed fields; {@code before} is null on creation, {@code after} on deletion. */
  static List<FieldChange> diff(Holding before, Holding after) {
    return new FieldDiff()
        .field("customer", get(before, Holding::customer), get(after, Holding::customer))
        .field("productType", get(before, Holding::productType), get(after, Holding::productType))
        .field("productName", get(before, Holding::productName), get(after, Holding::productName))
        .field(
            "accountReference",
            get(before, Holding::accountReference),
            get(after, Holding::accountReference),
            AccountReference::masked)
        .field("role", get(before, Holding::role), get(after, Holding::role))
        .field("balance", get(before, Holding::balance), get(after, Holding::balance))
        .field("openedOn", get(before, Holding::openedOn), get(after, Holding::openedOn))
        .field("closedOn", get(before, Holding::closedOn), get(after, Holding::closedOn))
        .changes();
  }

  private static <T> T get(Holding holding, Function<Holding, T> field) {
    return holding == null ? null : field.apply(holding);
  }
}
