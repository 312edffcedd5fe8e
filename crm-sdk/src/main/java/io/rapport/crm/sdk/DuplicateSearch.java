package io.rapport.crm.sdk;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.merge.DuplicateDetector;
import io.rapport.crm.party.merge.DuplicateScorer;

/**
 * Options of a tenant-wide duplicate search ({@link Duplicates#find}).
 *
 * @param minScore pairs scoring below it are not reported, 0 to 100
 * @param nameThreshold the Jaro-Winkler similarity of folded names the name reasons need, in (0, 1]
 * @param maxFuzzyBlockSize fuzzy blocks (name and birth date, name and postcode) with more records
 *     are skipped and counted; exact blocks (e-mail, phone, government id) never are; at least 2
 * @param pageSize how many customers each keyset page of the scan reads, 1 to 1,000
 */
public record DuplicateSearch(
    int minScore, double nameThreshold, int maxFuzzyBlockSize, int pageSize) {
  /** Checks the ranges. */
  public DuplicateSearch {
    Checks.argument(
        minScore >= 0 && minScore <= 100,
        "minScore",
        "minScore must be 0..100 but was %s",
        minScore);
    Checks.argument(
        nameThreshold > 0 && nameThreshold <= 1,
        "nameThreshold",
        "nameThreshold must be in (0, 1] but was %s",
        nameThreshold);
    Checks.argument(
        maxFuzzyBlockSize >= 2, "maxFuzzyBlockSize", "maxFuzzyBlockSize must be at least 2");
    Checks.argument(
        pageSize >= 1 && pageSize <= 1_000,
        "pageSize",
        "pageSize must be 1..1000 but was %s",
        pageSize);
  }

  /**
   * Every matching pair, name threshold {@value DuplicateScorer#DEFAULT_NAME_THRESHOLD}, fuzzy
   * blocks up to {@value DuplicateDetector#DEFAULT_MAX_FUZZY_BLOCK_SIZE} records, pages of 1,000.
   */
  public static DuplicateSearch standard() {
    return new DuplicateSearch(
        0,
        DuplicateScorer.DEFAULT_NAME_THRESHOLD,
        DuplicateDetector.DEFAULT_MAX_FUZZY_BLOCK_SIZE,
        1_000);
  }

  /** This search keeping only pairs scoring at least {@code score}. */
  public DuplicateSearch withMinScore(int score) {
    return new DuplicateSearch(score, nameThreshold, maxFuzzyBlockSize, pageSize);
  }

  /** The pure detector these options describe. */
  public DuplicateDetector detector() {
    return new DuplicateDetector(new DuplicateScorer(nameThreshold), minScore, maxFuzzyBlockSize);
  }
}
