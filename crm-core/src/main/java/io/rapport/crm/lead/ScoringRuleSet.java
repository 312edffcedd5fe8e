package io.rapport.crm.lead;

import io.rapport.crm.common.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A declarative, versioned rule set: the score is {@code base} plus the decayed points of every
 * matching rule, the points from one feature capped at {@code featureCap} (in absolute value), the
 * total clamped to 0..100. Reasons list each contributing feature with its rounded points, largest
 * contribution first (ties by feature name). Pure and thread-safe.
 *
 * @param base the score before any rule, 0..100
 * @param featureCap the most points (up or down) one feature may contribute, 1..100
 */
public record ScoringRuleSet(String version, int base, int featureCap, List<ScoringRule> rules)
    implements LeadScorer {

  /** Checks presence and ranges. */
  public ScoringRuleSet {
    Checks.text(version, "version", 90);
    Checks.argument(base >= 0 && base <= 100, "base", "base must be 0..100");
    Checks.argument(
        featureCap >= 1 && featureCap <= 100, "featureCap", "featureCap must be 1..100");
    rules = Checks.list(rules, "rules");
  }

  @Override
  public LeadScore score(Lead lead, Instant at) {
    Checks.notNull(lead, "lead");
    Checks.notNull(at, "at");
    Map<String, String> features = LeadFeatures.all(lead);
    Duration age = Duration.between(lead.capturedAt(), at);
    Map<String, Double> byFeature = new LinkedHashMap<>();
    Map<String, String> values = new LinkedHashMap<>();
    for (ScoringRule rule : rules) {
      if (rule.value().equals(features.get(rule.feature()))) {
        byFeature.merge(rule.feature(), rule.pointsAt(age), Double::sum);
        values.put(rule.feature(), rule.value());
      }
    }
    double total = base;
    List<Map.Entry<String, Long>> contributions = new ArrayList<>();
    for (Map.Entry<String, Double> entry : byFeature.entrySet()) {
      double capped = Math.max(-featureCap, Math.min(featureCap, entry.getValue()));
      total += capped;
      contributions.add(Map.entry(entry.getKey(), Math.round(capped)));
    }
    contributions.sort(
        (left, right) -> {
          int byPoints = Long.compare(Math.abs(right.getValue()), Math.abs(left.getValue()));
          return byPoints != 0 ? byPoints : left.getKey().compareTo(right.getKey());
        });
    List<String> reasons = new ArrayList<>();
    for (Map.Entry<String, Long> contribution : contributions) {
      long points = contribution.getValue();
      reasons.add(
          contribution.getKey()
              + "="
              + values.get(contribution.getKey())
              + " "
              + (points >= 0 ? "+" : "")
              + points);
    }
    int value = (int) Math.max(0, Math.min(100, Math.round(total)));
    return new LeadScore(value, "rules:" + version, reasons, at);
  }
}
