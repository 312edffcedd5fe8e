package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.ConcurrentUpdateException;

/** The optimistic version check the SDK makes before it changes a record it has just read. */
final class Versions {
  private Versions() {}

  /**
   * Checks that the record read in this unit still has the version the caller read earlier.
   *
   * @throws ConcurrentUpdateException if it does not
   */
  static void expect(String recordType, Object id, long stored, long expected) {
    if (stored != expected) {
      throw new ConcurrentUpdateException(recordType, id, expected);
    }
  }
}
