package io.rapport.crm.lead;

import io.rapport.crm.common.internal.Checks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An explained score, stored with the lead so that it can be reproduced: the scorer's version and
 * the time it was computed at are the only inputs besides the lead itself.
 *
 * @param value 0 to 100
 * @param model the version of the rule set or model, e.g. {@code rules:2025-01} or {@code nb:…}
 * @param reasons why, most important first, e.g. {@code interest=MORTGAGE +20}
 * @param scoredAt the time the score was computed for (decay is measured up to it)
 */
public record LeadScore(int value, String model, List<String> reasons, Instant scoredAt) {
  /** Checks the range and presence. */
  public LeadScore {
    Checks.argument(value >= 0 && value <= 100, "score", "score must be 0..100");
    Checks.text(model, "model", 100);
    reasons = Checks.list(reasons, "reasons");
    Checks.notNull(scoredAt, "scoredAt");
    scoredAt = scoredAt.truncatedTo(ChronoUnit.MICROS);
  }
}
