package io.rapport.crm.sdk;

import java.util.List;

/**
 * What a financial import did with its rows. Every row is counted once: stored, already present
 * (same key and values stored before: a re-import), conflicting (same key stored with other values;
 * the stored event is kept) or rejected (invalid, or for an unknown customer).
 *
 * @param imported rows stored now
 * @param alreadyPresent rows whose key was stored with equal values
 * @param conflicts rows whose key was stored with other values, in row order
 * @param rejected invalid rows with their reasons, in row order
 */
public record FinanceImportResult(
    long imported, long alreadyPresent, List<RowIssue> conflicts, List<RowIssue> rejected) {

  /** Copies the lists. */
  public FinanceImportResult {
    conflicts = List.copyOf(conflicts);
    rejected = List.copyOf(rejected);
  }

  /** How many rows were handled. */
  public long rows() {
    return imported + alreadyPresent + conflicts.size() + rejected.size();
  }
}
