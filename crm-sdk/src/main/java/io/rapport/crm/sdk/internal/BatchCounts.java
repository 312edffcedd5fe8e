package io.rapport.crm.sdk.internal;

/**
 * What one retention batch did to the records of its page.
 *
 * @param processed records erased, anonymised or deleted
 * @param held records skipped because they are under a legal hold
 * @param skipped records skipped because there was nothing left to do (e.g. erased before)
 */
record BatchCounts(long processed, long held, long skipped) {
  /** A batch that processed {@code processed} records and skipped none. */
  static BatchCounts processed(long processed) {
    return new BatchCounts(processed, 0, 0);
  }
}
