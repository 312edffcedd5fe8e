package io.rapport.crm.party.merge;

/**
 * How a merge picks the value of one field among the merged records. Every rule but {@link #MANUAL}
 * looks only at records holding a value; a field no record holds stays empty.
 */
public enum SurvivorshipRule {
  /** The value of the most recently updated record (ties: the survivor, then command order). */
  MOST_RECENT,
  /**
   * The value of the record from the best-ranked source (a record's source is its {@code source:}
   * tag; records without a ranked source come last, then the most recent wins).
   */
  MOST_TRUSTED_SOURCE,
  /** The survivor's value if it has one, else the first record's in command order that has one. */
  NON_EMPTY,
  /** The value of the record picked for the field, even when it is empty. */
  MANUAL
}
