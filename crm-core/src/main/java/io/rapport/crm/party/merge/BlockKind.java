package io.rapport.crm.party.merge;

/** The kinds of blocking key; records sharing a key are compared with each other. */
public enum BlockKind {
  /** A normalised e-mail address. Exact: every pair sharing one is compared. */
  EMAIL(true),
  /** An E.164 phone number. Exact. */
  PHONE(true),
  /** A government id (kind, country and compacted value). Exact. */
  GOVERNMENT_ID(true),
  /**
   * The first three letters of a name word and the date of birth or incorporation. Fuzzy; as exact
   * on the date as the scorer's name-and-date reason, so it loses no pair that reason would match.
   */
  NAME_AND_BIRTH_DATE(false),
  /** The first three letters of a name word and a postcode. Fuzzy. */
  NAME_AND_POSTCODE(false);

  private final boolean exact;

  BlockKind(boolean exact) {
    this.exact = exact;
  }

  /**
   * Whether the key is an exact identifier. Exact blocks are always compared in full, whatever
   * their size; fuzzy blocks larger than the detector's limit are skipped.
   */
  public boolean exact() {
    return exact;
  }
}
