package io.rapport.crm.sdk;

import io.rapport.crm.analytics.PurchaseSummary;
import io.rapport.crm.finance.LineTotal;
import io.rapport.crm.finance.ReportingPeriod;
import java.time.LocalDate;
import java.util.Currency;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Customers' financial data from core banking — revenue lines, cost lines and purchases — and the
 * per-customer figures the analytics read, computed in the storage. Thread-safe. A null argument is
 * refused with a {@link CommandValidationException} naming it.
 *
 * <p><b>Import.</b> Rows are read lazily and handled in batches of {@value #BATCH_ROWS}; each batch
 * is one unit of work. Imports are idempotent: a row whose key is stored with equal values is
 * counted as already present and changes nothing, so re-running a file imports nothing new; the
 * same key with other values is a conflict and the stored event is kept. An invalid row, or one for
 * a customer the tenant does not have, is rejected with its index and reasons and never stored; the
 * other rows of its batch are. Each batch that stores at least one row writes one audit entry
 * ({@code financial-import}, action {@code finance.imported}, with the counts) and one event of the
 * same type — not one per row: the rows are immutable facts whose own keys identify them, and one
 * chained audit entry per row would lock the tenant's audit chain for millions of appends per load
 * without saying more than "this actor imported these rows".
 */
public interface Finance {
  /** Rows handled per batch and unit of work. */
  int BATCH_ROWS = 1_000;

  /**
   * Imports revenue, cost and purchase rows; see the class description.
   *
   * @return the counts, and the conflicting and rejected rows with their indexes
   * @throws CommandValidationException if {@code caller} or {@code rows} is null (a null row is
   *     rejected like an invalid one)
   * @throws io.rapport.crm.common.DuplicateRecordException if a concurrent import stored one of a
   *     batch's keys first; earlier batches stay stored, and a retry reports the key as present
   */
  FinanceImportResult importEvents(
      Caller caller, Iterable<? extends FinanceCommand> rows, ImportProgress progress);

  /**
   * Imports without progress reports; see {@link #importEvents(Caller, Iterable, ImportProgress)}.
   *
   * @throws CommandValidationException if {@code caller} or {@code rows} is null
   */
  default FinanceImportResult importEvents(Caller caller, Iterable<? extends FinanceCommand> rows) {
    return importEvents(caller, rows, ImportProgress.NONE);
  }

  /**
   * Imports the rows of a stream, read lazily; see {@link #importEvents(Caller, Iterable,
   * ImportProgress)}.
   *
   * @throws CommandValidationException if {@code caller} or {@code rows} is null
   */
  default FinanceImportResult importEvents(Caller caller, Stream<? extends FinanceCommand> rows) {
    if (rows == null) {
      return importEvents(caller, (Iterable<FinanceCommand>) null, ImportProgress.NONE);
    }
    Stream<FinanceCommand> widened = rows.map(FinanceCommand.class::cast);
    return importEvents(caller, widened::iterator, ImportProgress.NONE);
  }

  /**
   * Hands {@code sink} one {@link PurchaseSummary} per customer with purchases in {@code currency}
   * on or before {@code observationEnd}, in ascending customer id order, streamed from one query in
   * one unit of work (the storage computes them; purchases on one day count once). The sink must
   * not call this SDK.
   *
   * @throws CommandValidationException if an argument is null
   * @throws RuntimeException whatever {@code sink} throws, unchanged
   */
  void purchaseSummaries(
      Caller caller,
      Currency currency,
      LocalDate observationEnd,
      Consumer<? super PurchaseSummary> sink);

  /**
   * Hands {@code sink} the revenue and cost totals of {@code period} per customer, product, kind
   * and currency, streamed from one query in one unit of work; currencies are never added together.
   * The sink must not call this SDK.
   *
   * @throws CommandValidationException if an argument is null
   * @throws RuntimeException whatever {@code sink} throws, unchanged
   */
  void lineTotals(Caller caller, ReportingPeriod period, Consumer<? super LineTotal> sink);
}
