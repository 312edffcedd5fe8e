package io.rapport.crm.party;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a customer. Legal moves: prospect → active or closed; active → dormant or closed;
 * dormant → active or closed. Closed is final. Merged is final too: a record merged into another
 * customer (see {@code crm.duplicates()}) is set to it directly, not by a transition, and an
 * unmerge restores its status from the merge's before-image.
 */
public enum CustomerStatus {
  /** Known to the bank, holds no product yet. */
  PROSPECT,
  /** Holds at least one product and is in contact. */
  ACTIVE,
  /** No activity for the bank's dormancy period. */
  DORMANT,
  /** The relationship has ended; final. */
  CLOSED,
  /** Merged into another customer, the survivor; kept only to answer for its old id. Final. */
  MERGED;

  /** The statuses this one may move to. */
  public Set<CustomerStatus> next() {
    return switch (this) {
      case PROSPECT -> EnumSet.of(ACTIVE, CLOSED);
      case ACTIVE -> EnumSet.of(DORMANT, CLOSED);
      case DORMANT -> EnumSet.of(ACTIVE, CLOSED);
      case CLOSED, MERGED -> EnumSet.noneOf(CustomerStatus.class);
    };
  }

  /** Whether a move from this status to {@code target} is legal. */
  public boolean canMoveTo(CustomerStatus target) {
    return next().contains(target);
  }
}
