package io.rapport.crm.lead;

import io.rapport.crm.common.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A naive Bayes model of conversion learned from a tenant's closed leads: CONVERTED ones are won,
 * DISQUALIFIED ones (other than merged duplicates) lost. With Laplace smoothing, P(won) = (won + 1)
 * / (n + 2) and P(value | class) = (count + 1) / (class count + distinct values + 1), the extra 1
 * for a value never seen. The score is 100 × P(won | features), rounded; the reasons list each
 * feature with its likelihood ratio P(v | won) / P(v | lost), strongest evidence first. Immutable,
 * thread-safe, and deterministic: the same history gives the same model.
 */
public final class NaiveBayesScorer implements LeadScorer {
  private final String version;
  private final int won;
  private final int lost;
  private final Map<String, Map<String, int[]>> counts;

  private NaiveBayesScorer(
      String version, int won, int lost, Map<String, Map<String, int[]>> counts) {
    this.version = version;
    this.won = won;
    this.lost = lost;
    this.counts = counts;
  }

  /**
   * Learns from {@code history}; open leads and merged duplicates in it are ignored.
   *
   * @param version the name of this model, e.g. the training date
   */
  public static NaiveBayesScorer train(String version, List<Lead> history) {
    Checks.text(version, "version", 60);
    Map<String, Map<String, int[]>> counts = new TreeMap<>();
    int won = 0;
    int lost = 0;
    for (Lead lead : Checks.list(history, "history")) {
      boolean isWon = lead instanceof ConvertedLead;
      boolean isLost =
          lead instanceof DisqualifiedLead disqualified && disqualified.mergedInto() == null;
      if (!isWon && !isLost) {
        continue;
      }
      if (isWon) {
        won++;
      } else {
        lost++;
      }
      for (Map.Entry<String, String> feature : LeadFeatures.attributes(lead).entrySet()) {
        int[] pair =
            counts
                .computeIfAbsent(feature.getKey(), name -> new TreeMap<>())
                .computeIfAbsent(feature.getValue(), value -> new int[2]);
        pair[isWon ? 0 : 1]++;
      }
    }
    return new NaiveBayesScorer(version, won, lost, counts);
  }

  /** The number of won (converted) leads learned from. */
  public int wonCount() {
    return won;
  }

  /** The number of lost (disqualified) leads learned from. */
  public int lostCount() {
    return lost;
  }

  @Override
  public String version() {
    return "nb:" + version + ":" + won + "/" + lost;
  }

  /** P(won | the lead's attributes), 0..1. */
  public double probability(Lead lead) {
    double logWon = Math.log((won + 1.0) / (won + lost + 2.0));
    double logLost = Math.log((lost + 1.0) / (won + lost + 2.0));
    for (Map.Entry<String, String> feature : LeadFeatures.attributes(lead).entrySet()) {
      logWon += Math.log(likelihood(feature.getKey(), feature.getValue(), 0));
      logLost += Math.log(likelihood(feature.getKey(), feature.getValue(), 1));
    }
    return 1.0 / (1.0 + Math.exp(logLost - logWon));
  }

  private double likelihood(String feature, String value, int outcome) {
    Map<String, int[]> values = counts.getOrDefault(feature, Map.of());
    int[] pair = values.get(value);
    int count = pair == null ? 0 : pair[outcome];
    int total = outcome == 0 ? won : lost;
    return (count + 1.0) / (total + values.size() + 1.0);
  }

  @Override
  public LeadScore score(Lead lead, Instant at) {
    Checks.notNull(lead, "lead");
    Checks.notNull(at, "at");
    Map<String, Double> ratios = new HashMap<>();
    Map<String, String> attributes = LeadFeatures.attributes(lead);
    for (Map.Entry<String, String> feature : attributes.entrySet()) {
      ratios.put(
          feature.getKey(),
          likelihood(feature.getKey(), feature.getValue(), 0)
              / likelihood(feature.getKey(), feature.getValue(), 1));
    }
    List<String> names = new ArrayList<>(ratios.keySet());
    names.sort(
        (left, right) -> {
          int byStrength =
              Double.compare(
                  Math.abs(Math.log(ratios.get(right))), Math.abs(Math.log(ratios.get(left))));
          return byStrength != 0 ? byStrength : left.compareTo(right);
        });
    List<String> reasons = new ArrayList<>();
    for (String name : names) {
      reasons.add(
          name
              + "="
              + attributes.get(name)
              + " x"
              + String.format(Locale.ROOT, "%.2f", ratios.get(name)));
    }
    int value = (int) Math.round(100 * probability(lead));
    return new LeadScore(value, version(), reasons, at);
  }
}
