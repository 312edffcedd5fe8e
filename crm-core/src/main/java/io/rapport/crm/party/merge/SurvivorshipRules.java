package io.rapport.crm.party.merge;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The survivorship rule of every {@link MergeField}: a default, per-field overrides, the ranking of
 * sources for {@link SurvivorshipRule#MOST_TRUSTED_SOURCE}, and the record picked by hand for the
 * {@link SurvivorshipRule#MANUAL} fields. Immutable; the {@code with…} methods return a copy.
 *
 * <p>Contact points and tags are not resolved by a rule: the survivor gets the union of all
 * records' (contact points without duplicates of the same channel and normalised value, the
 * survivor's primary points staying primary). The status is the survivor's.
 *
 * @param defaultRule the rule of fields without an override; not {@link SurvivorshipRule#MANUAL}
 * @param rules per-field overrides
 * @param sourceRanking source names, most trusted first, e.g. {@code core-banking}, {@code branch}
 * @param manualPicks the record whose value each manual field takes; a pick makes the field manual
 */
public record SurvivorshipRules(
    SurvivorshipRule defaultRule,
    Map<MergeField, SurvivorshipRule> rules,
    List<String> sourceRanking,
    Map<MergeField, CustomerId> manualPicks) {

  /** Checks that every manual field has a pick and the default is not manual. */
  public SurvivorshipRules {
    Checks.notNull(defaultRule, "defaultRule");
    Checks.argument(
        defaultRule != SurvivorshipRule.MANUAL,
        "defaultRule",
        "defaultRule must not be MANUAL; pick records per field instead");
    rules = copy(Checks.notNull(rules, "rules"), "rules");
    sourceRanking = Checks.list(sourceRanking, "sourceRanking");
    manualPicks = copy(Checks.notNull(manualPicks, "manualPicks"), "manualPicks");
    for (Map.Entry<MergeField, SurvivorshipRule> rule : rules.entrySet()) {
      Checks.argument(
          rule.getValue() != SurvivorshipRule.MANUAL || manualPicks.containsKey(rule.getKey()),
          "manualPicks",
          "manualPicks must name a record for the MANUAL field %s",
          rule.getKey());
    }
  }

  /** NON_EMPTY for every field, no source ranking, no manual picks. */
  public static SurvivorshipRules standard() {
    return new SurvivorshipRules(SurvivorshipRule.NON_EMPTY, Map.of(), List.of(), Map.of());
  }

  /** These rules with {@code rule} as the default. */
  public SurvivorshipRules withDefault(SurvivorshipRule rule) {
    return new SurvivorshipRules(rule, rules, sourceRanking, manualPicks);
  }

  /** These rules with {@code rule} for {@code field}. */
  public SurvivorshipRules with(MergeField field, SurvivorshipRule rule) {
    Map<MergeField, SurvivorshipRule> next = new EnumMap<>(MergeField.class);
    next.putAll(rules);
    next.put(Checks.notNull(field, "field"), Checks.notNull(rule, "rule"));
    Map<MergeField, CustomerId> picks = new EnumMap<>(MergeField.class);
    picks.putAll(manualPicks);
    if (rule != SurvivorshipRule.MANUAL) {
      picks.remove(field);
    }
    return new SurvivorshipRules(defaultRule, next, sourceRanking, picks);
  }

  /** These rules with {@code sources} as the ranking, most trusted first. */
  public SurvivorshipRules withSourceRanking(List<String> sources) {
    return new SurvivorshipRules(defaultRule, rules, new ArrayList<>(sources), manualPicks);
  }

  /** These rules with {@code field} taken from {@code record}, whatever its value. */
  public SurvivorshipRules withManualPick(MergeField field, CustomerId record) {
    Map<MergeField, CustomerId> picks = new EnumMap<>(MergeField.class);
    picks.putAll(manualPicks);
    picks.put(Checks.notNull(field, "field"), Checks.notNull(record, "record"));
    Map<MergeField, SurvivorshipRule> next = new EnumMap<>(MergeField.class);
    next.putAll(rules);
    next.put(field, SurvivorshipRule.MANUAL);
    return new SurvivorshipRules(defaultRule, next, sourceRanking, picks);
  }

  /** The rule that decides {@code field}. */
  public SurvivorshipRule ruleFor(MergeField field) {
    return rules.getOrDefault(Checks.notNull(field, "field"), defaultRule);
  }

  /** The rank of {@code source}: its position in the ranking, or the ranking's size if absent. */
  int rankOf(String source) {
    int rank = source == null ? -1 : sourceRanking.indexOf(source);
    return rank < 0 ? sourceRanking.size() : rank;
  }

  private static <V> Map<MergeField, V> copy(Map<MergeField, V> map, String field) {
    Map<MergeField, V> copy = new EnumMap<>(MergeField.class);
    for (Map.Entry<MergeField, V> entry : map.entrySet()) {
      Checks.argument(
          entry.getKey() != null && entry.getValue() != null,
          field,
          "%s must not hold null keys or values",
          field);
      copy.put(entry.getKey(), entry.getValue());
    }
    return Map.copyOf(copy);
  }
}
