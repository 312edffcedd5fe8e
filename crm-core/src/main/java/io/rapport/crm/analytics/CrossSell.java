package io.rapport.crm.analytics;

import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Cross-sell analytics over product holdings ({@code customer → set of product types}).
 *
 * <ul>
 *   <li>Holding gaps: the product types of the offer a customer does not hold.
 *   <li>Association rules {@code A → B} between single products, over {@code n} customers: {@code
 *       support = n(A ∧ B) / n}, {@code confidence = n(A ∧ B) / n(A)}, {@code lift = confidence /
 *       (n(B) / n)}.
 *   <li>Next best product: for each product the customer does not hold and has consented to be
 *       offered, the strongest rule from a product they hold; ranked by confidence, then lift, then
 *       product order. Consent is the host's predicate (the consent model lives elsewhere).
 * </ul>
 */
public final class CrossSell {
  private CrossSell() {}

  /** For each customer, the products of {@code offer} they do not hold. */
  public static Map<CustomerId, Set<ProductType>> holdingGaps(
      Map<CustomerId, Set<ProductType>> holdings, Set<ProductType> offer) {
    Checks.notNull(holdings, "holdings");
    Checks.notNull(offer, "offer");
    Map<CustomerId, Set<ProductType>> gaps = new LinkedHashMap<>();
    holdings.forEach(
        (customer, held) -> {
          Set<ProductType> gap =
              offer.isEmpty() ? EnumSet.noneOf(ProductType.class) : EnumSet.copyOf(offer);
          gap.removeAll(held);
          gaps.put(customer, Set.copyOf(gap));
        });
    return gaps;
  }

  /**
   * The rules {@code A → B} with at least {@code minSupport} and {@code minConfidence}, strongest
   * (confidence, then lift) first.
   *
   * @throws io.rapport.crm.common.InvalidValueException if {@code minSupport} or {@code
   *     minConfidence} is not a share in {@code 0..1} (NaN included)
   */
  public static List<AssociationRule> rules(
      Map<CustomerId, Set<ProductType>> holdings, double minSupport, double minConfidence) {
    Checks.notNull(holdings, "holdings");
    Checks.argument(
        minSupport >= 0 && minSupport <= 1, "minSupport", "minSupport must be a share in 0..1");
    Checks.argument(
        minConfidence >= 0 && minConfidence <= 1,
        "minConfidence",
        "minConfidence must be a share in 0..1");
    int n = holdings.size();
    if (n == 0) {
      return List.of();
    }
    Map<ProductType, Integer> single = new EnumMap<>(ProductType.class);
    Map<ProductType, Map<ProductType, Integer>> pairs = new EnumMap<>(ProductType.class);
    for (Set<ProductType> held : holdings.values()) {
      for (ProductType a : held) {
        single.merge(a, 1, Integer::sum);
        for (ProductType b : held) {
          if (a != b) {
            pairs
                .computeIfAbsent(a, k -> new EnumMap<>(ProductType.class))
                .merge(b, 1, Integer::sum);
          }
        }
      }
    }
    List<AssociationRule> rules = new ArrayList<>();
    pairs.forEach(
        (a, withA) ->
            withA.forEach(
                (b, both) -> {
                  double support = both / (double) n;
                  double confidence = both / (double) single.get(a);
                  double lift = confidence / (single.get(b) / (double) n);
                  if (support >= minSupport && confidence >= minConfidence) {
                    rules.add(new AssociationRule(a, b, support, confidence, lift));
                  }
                }));
    rules.sort(strongestFirst());
    return rules;
  }

  /**
   * At most {@code limit} recommendations for one customer: products not held, allowed by {@code
   * consent}, reached by a rule from a held product; best first.
   */
  public static List<Recommendation> recommend(
      CustomerId customer,
      Set<ProductType> held,
      List<AssociationRule> rules,
      BiPredicate<CustomerId, ProductType> consent,
      int limit) {
    Checks.notNull(customer, "customer");
    Checks.notNull(held, "held");
    Checks.notNull(rules, "rules");
    Checks.notNull(consent, "consent");
    Checks.argument(limit >= 0, "limit", "limit must be >= 0");
    Map<ProductType, AssociationRule> best = new EnumMap<>(ProductType.class);
    for (AssociationRule rule : rules) {
      if (held.contains(rule.antecedent())
          && !held.contains(rule.consequent())
          && consent.test(customer, rule.consequent())) {
        best.merge(rule.consequent(), rule, (l, r) -> strongestFirst().compare(l, r) <= 0 ? l : r);
      }
    }
    return best.values().stream()
        .sorted(strongestFirst())
        .limit(limit)
        .map(
            rule ->
                new Recommendation(
                    customer,
                    rule.consequent(),
                    rule.confidence(),
                    rule,
                    String.format(
                        Locale.ROOT,
                        "%.0f%% of %s holders also hold %s (lift %.2f)",
                        100 * rule.confidence(),
                        rule.antecedent(),
                        rule.consequent(),
                        rule.lift())))
        .toList();
  }

  private static Comparator<AssociationRule> strongestFirst() {
    return Comparator.comparingDouble(AssociationRule::confidence)
        .reversed()
        .thenComparing(Comparator.comparingDouble(AssociationRule::lift).reversed())
        .thenComparing(AssociationRule::consequent)
        .thenComparing(AssociationRule::antecedent);
  }
}
