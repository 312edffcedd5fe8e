package io.rapport.crm.lead;

import io.rapport.crm.common.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether two contacts are probably the same person. Rules, strongest first: same
 * normalised e-mail (score 100), same phone (95), name similarity at least {@link #threshold()} and
 * the same date of birth (score 60 + 35 × similarity, at most 95) or the same postcode (50 + 35 ×
 * similarity). The best rule wins. Pure and thread-safe.
 *
 * @param threshold the Jaro-Winkler similarity of folded names needed for the name rules, 0..1
 */
public record DuplicateMatcher(double threshold) {
  /** The default threshold, 0.88. */
  public static final double DEFAULT_THRESHOLD = 0.88;

  /** Checks the range. */
  public DuplicateMatcher {
    Checks.argument(threshold > 0 && threshold <= 1, "threshold", "threshold must be in (0, 1]");
  }

  /** The matcher with {@link #DEFAULT_THRESHOLD}. */
  public static DuplicateMatcher standard() {
    return new DuplicateMatcher(DEFAULT_THRESHOLD);
  }

  /** The best match of {@code probe} against {@code other}, if any rule matches. */
  public Optional<DuplicateMatch> match(LeadContact probe, LeadContact other) {
    Checks.notNull(probe, "probe");
    Checks.notNull(other, "other");
    if (probe.email() != null
        && other.email() != null
        && probe.email().normalized().equals(other.email().normalized())) {
      return Optional.of(new DuplicateMatch(100, DuplicateRule.EMAIL));
    }
    if (probe.phone() != null
        && other.phone() != null
        && probe.phone().normalized().equals(other.phone().normalized())) {
      return Optional.of(new DuplicateMatch(95, DuplicateRule.PHONE));
    }
    double similarity = NameSimilarity.jaroWinkler(probe.foldedName(), other.foldedName());
    if (similarity < threshold) {
      return Optional.empty();
    }
    if (probe.dateOfBirth() != null && probe.dateOfBirth().equals(other.dateOfBirth())) {
      return Optional.of(
          new DuplicateMatch(
              (int) Math.min(95, Math.round(60 + 35 * similarity)),
              DuplicateRule.NAME_AND_DATE_OF_BIRTH));
    }
    String postcode = probe.normalizedPostcode();
    if (postcode != null && Objects.equals(postcode, other.normalizedPostcode())) {
      return Optional.of(
          new DuplicateMatch(
              (int) Math.round(50 + 35 * similarity), DuplicateRule.NAME_AND_POSTCODE));
    }
    return Optional.empty();
  }
}
