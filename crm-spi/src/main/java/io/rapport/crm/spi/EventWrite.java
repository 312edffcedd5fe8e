package io.rapport.crm.spi;

/**
 * What {@link FinancialEventRepository#storeNew} did with one event of the list it was given.
 * Events are never overwritten: a stored key keeps its first values.
 */
public enum EventWrite {
  /** The key was new; the event is stored. */
  STORED,
  /**
   * The key was stored already with equal values (or earlier in the same list); nothing changed.
   */
  ALREADY_PRESENT,
  /**
   * The key was stored already with other values (or earlier in the same list); nothing changed.
   */
  CONFLICTING
}
