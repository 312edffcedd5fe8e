package io.rapport.crm.sdk.internal;

import io.rapport.crm.party.CustomerId;

/**
 * Erases one customer for retention: the seam between retention and customer erasure. Retention
 * calls it inside the unit of work of a batch, with the batch's own {@link Changes}, so a batch's
 * erasures, their audit entries and its checkpoint commit together, and no event is dispatched
 * before that commit.
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
        public ErasureOutcome erase(Changes changes, CustomerId customer) {
          throw new UnsupportedOperationException(UNAVAILABLE_REASON);
        }
      };

  /** Why closed customers are not erased when erasure is not available. */
  String UNAVAILABLE_REASON = "erasure not available: customer erasure is not wired in this build";

  /**
   * The eraser of {@link io.rapport.crm.sdk.Privacy#erase}: the same pseudonymisation, row deletion
   * and audit-key destruction, inside the caller's unit.
   */
  static CustomerEraser erasing(SubjectSealer sealer) {
    DefaultErasure erasure = new DefaultErasure(sealer);
    return new CustomerEraser() {
      @Override
      public boolean available() {
        return true;
      }

      @Override
      public ErasureOutcome erase(Changes changes, CustomerId customer) {
        return erasure.eraseUnlessHeld(changes, customer);
      }
    };
  }

  /** Whether this eraser erases; retention skips closed customers, reporting why, when not. */
  boolean available();

  /**
   * Erases {@code customer}'s personal data in {@code changes}' unit, unless it is under a legal
   * hold or was erased before (then nothing changes).
   */
  ErasureOutcome erase(Changes changes, CustomerId customer);
}
