package io.rapport.crm.lead;

import io.rapport.crm.common.internal.Checks;

/**
 * How well two contacts match and by which rule.
 *
 * @param score 0 to 100; 100 for an exact e-mail match
 */
public record DuplicateMatch(int score, DuplicateRule rule) {
  /** Checks the range. */
  public DuplicateMatch {
    Checks.argument(score >= 0 && score <= 100, "score", "score must be 0..100");
    Checks.notNull(rule, "rule");
  }
}
