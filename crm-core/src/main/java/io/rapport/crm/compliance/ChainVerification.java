package io.rapport.crm.compliance;

/**
 * The outcome of verifying a tenant's audit chain.
 *
 * @param intact whether every entry links to the one before and the last matches the stored head
 * @param entriesChecked how many entries were read
 * @param brokenAtSequence the sequence number where the chain first breaks; 0 when intact
 * @param problem what is wrong there (edited, missing, reordered entry); null when intact
 */
public record ChainVerification(
    boolean intact, long entriesChecked, long brokenAtSequence, String problem) {

  /** An intact chain of {@code entries} entries. */
  public static ChainVerification intact(long entries) {
    return new ChainVerification(true, entries, 0, null);
  }

  /** A chain broken at {@code sequence}. */
  public static ChainVerification broken(long entries, long sequence, String problem) {
    return new ChainVerification(false, entries, sequence, problem);
  }
}
