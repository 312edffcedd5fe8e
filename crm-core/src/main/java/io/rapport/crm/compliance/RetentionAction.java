package io.rapport.crm.compliance;

/** What retention does to a record whose period has passed. */
public enum RetentionAction {
  /** Removes the person's data from every record that holds it (the right to erasure). */
  ERASE,
  /** Replaces names and contact values by pseudonyms; keeps status and dates for statistics. */
  ANONYMISE,
  /** Deletes the record. */
  DELETE
}
