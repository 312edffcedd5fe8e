package io.rapport.crm.party.merge;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.common.internal.Names;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Scores a pair of customers. Reasons and their scores: same government id (100), same e-mail
 * (100), same phone (95), name similarity at least {@link #nameThreshold()} and the same date of
 * birth (60 + 35 × similarity, at most 95) or a shared postcode (50 + 35 × similarity). A person
 * never matches an organisation, and two different government ids of the same kind and country veto
 * the name reasons. Pure and thread-safe.
 *
 * @param nameThreshold the Jaro-Winkler similarity of folded names the name reasons need, in (0, 1]
 */
public record DuplicateScorer(double nameThreshold) {
  /** The default name threshold, 0.88 (the lead matcher's). */
  public static final double DEFAULT_NAME_THRESHOLD = 0.88;

  /** Checks the range. */
  public DuplicateScorer {
    Checks.argument(
        nameThreshold > 0 && nameThreshold <= 1,
        "nameThreshold",
        "nameThreshold must be in (0, 1] but was %s",
        nameThreshold);
  }

  /** The scorer with {@link #DEFAULT_NAME_THRESHOLD}. */
  public static DuplicateScorer standard() {
    return new DuplicateScorer(DEFAULT_NAME_THRESHOLD);
  }

  /** The pair of {@code a} and {@code b} with its reasons, if any reason holds. */
  public Optional<DuplicatePair> score(MatchProfile a, MatchProfile b) {
    Checks.notNull(a, "a");
    Checks.notNull(b, "b");
    if (a.id().equals(b.id()) || a.kind() != b.kind()) {
      return Optional.empty();
    }
    Set<MatchReason> reasons = EnumSet.noneOf(MatchReason.class);
    int score = 0;
    if (a.governmentId() != null && a.governmentId().equals(b.governmentId())) {
      reasons.add(MatchReason.GOVERNMENT_ID);
      score = 100;
    }
    if (!Collections.disjoint(a.emails(), b.emails())) {
      reasons.add(MatchReason.EMAIL);
      score = 100;
    }
    if (!Collections.disjoint(a.phones(), b.phones())) {
      reasons.add(MatchReason.PHONE);
      score = Math.max(score, 95);
    }
    if (!conflictingIds(a.governmentId(), b.governmentId())) {
      score = Math.max(score, nameScore(a, b, reasons));
    }
    if (reasons.isEmpty()) {
      return Optional.empty();
    }
    boolean ordered = a.id().toString().compareTo(b.id().toString()) < 0;
    return Optional.of(
        new DuplicatePair(ordered ? a.id() : b.id(), ordered ? b.id() : a.id(), score, reasons));
  }

  private int nameScore(MatchProfile a, MatchProfile b, Set<MatchReason> reasons) {
    boolean sameDate = a.foundingDate() != null && a.foundingDate().equals(b.foundingDate());
    boolean sharedPostcode = !Collections.disjoint(a.postcodes(), b.postcodes());
    if (!sameDate && !sharedPostcode) {
      return 0;
    }
    double similarity = Names.jaroWinkler(a.foldedName(), b.foldedName());
    if (similarity < nameThreshold) {
      return 0;
    }
    int score = 0;
    if (sameDate) {
      reasons.add(MatchReason.NAME_AND_DATE_OF_BIRTH);
      score = (int) Math.min(95, Math.round(60 + 35 * similarity));
    }
    if (sharedPostcode) {
      reasons.add(MatchReason.NAME_AND_POSTCODE);
      score = Math.max(score, (int) Math.round(50 + 35 * similarity));
    }
    return score;
  }

  /** Two ids of the same kind and country that differ: "NATIONAL_ID:GB:" prefixes equal. */
  private static boolean conflictingIds(String left, String right) {
    if (left == null || right == null || left.equals(right)) {
      return false;
    }
    int leftPrefix = left.indexOf(':', left.indexOf(':') + 1);
    int rightPrefix = right.indexOf(':', right.indexOf(':') + 1);
    return left.substring(0, leftPrefix).equals(right.substring(0, rightPrefix));
  }
}
