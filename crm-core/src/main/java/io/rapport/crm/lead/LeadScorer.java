package io.rapport.crm.lead;

import java.time.Instant;

/**
 * Scores a lead, explaining why. The reference implementations are {@link ScoringRuleSet}
 * (declarative rules) and {@link NaiveBayesScorer} (learned from the tenant's history); a host may
 * plug in its own model. Implementations must be deterministic: the same lead, version and time
 * give the same score.
 */
public interface LeadScorer {
  /** The version of the rules or model, stored with every score it makes. */
  String version();

  /** The score of {@code lead} as of {@code at}. */
  LeadScore score(Lead lead, Instant at);
}
