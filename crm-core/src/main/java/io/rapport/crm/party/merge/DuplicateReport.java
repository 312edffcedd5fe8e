package io.rapport.crm.party.merge;

import io.rapport.crm.common.internal.Checks;
import java.util.List;

/**
 * What one duplicate search found, with the work it took.
 *
 * @param clusters the clusters, largest score first, then by first member
 * @param records how many customers were looked at
 * @param blocks how many blocks of two or more records were compared
 * @param skippedBlocks fuzzy blocks left out for being larger than the detector's limit
 * @param comparisons how many pairs were scored; every pair is scored at most once
 */
public record DuplicateReport(
    List<DuplicateCluster> clusters,
    long records,
    long blocks,
    long skippedBlocks,
    long comparisons) {
  /** Checks the counts. */
  public DuplicateReport {
    clusters = Checks.list(clusters, "clusters");
    Checks.argument(records >= 0, "records", "records must not be negative");
    Checks.argument(blocks >= 0, "blocks", "blocks must not be negative");
    Checks.argument(skippedBlocks >= 0, "skippedBlocks", "skippedBlocks must not be negative");
    Checks.argument(comparisons >= 0, "comparisons", "comparisons must not be negative");
  }

  /** The pairs a search without blocking would score: n(n-1)/2. */
  public long allPairs() {
    return records * (records - 1) / 2;
  }
}
