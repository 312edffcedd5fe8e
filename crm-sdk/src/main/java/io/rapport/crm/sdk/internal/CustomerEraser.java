package io.rapport.crm.sdk.internal;

import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sdk.Caller;

/**
 * Erases one customer for retention: the seam between retention and customer erasure. Retention
 * calls it inside the unit of work of a batch (an SDK command called there joins that unit), so a
 * batch's erasures and its checkpoint commit together.
 */
public interface CustomerEraser {
  /** The eraser of a build without customer erasure: it erases nothing and says so. */
  CustomerEraser UNAVAILABLE =
      new CustomerEraser() {
        @Override
        public boolean available() {
          return false;
        }

        @Override
        public void erase(Caller caller, CustomerId customer) {
          throw new UnsupportedOperationException(UNAVAILABLE_REASON);
        }
      };

  /** Why closed customers are not erased when erasure is not available. */
  String UNAVAILABLE_REASON = "erasure not available: customer erasure is not wired in this build";

  /** Whether this eraser erases; retention skips closed customers, reporting why, when not. */
  boolean available();

  /** Erases {@code customer}'s personal data. */
  void erase(Caller caller, CustomerId customer);
}
