package io.rapport.crm.sdk;

/**
 * Told after each committed batch of a financial import how far it got, e.g. to draw a progress
 * bar. Called on the importing thread, outside any unit of work.
 */
@FunctionalInterface
public interface ImportProgress {
  /** Ignores progress. */
  ImportProgress NONE = soFar -> {};

  /** The totals of the rows handled so far. */
  void batchDone(FinanceImportResult soFar);
}
