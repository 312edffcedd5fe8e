package io.rapport.crm.sdk;

/**
 * One row of a financial import: a {@link RecordFinancialLine} (revenue or cost) or a {@link
 * RecordPurchase}. Validated when imported, not when built.
 */
public sealed interface FinanceCommand permits RecordFinancialLine, RecordPurchase {
  /** The host's id of the row (the core-banking line id); it makes re-imports change nothing. */
  String externalKey();
}
