package io.rapport.crm.sdk;

import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.merge.SurvivorshipRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A command to merge customers into one survivor: {@code MergeCustomers.into(a).merging(b, c)}.
 * Checked by {@link Duplicates#merge}, which reports every broken rule at once.
 *
 * @param survivor the record that stays
 * @param others the records merged into it; at least one, distinct, none the survivor
 * @param rules how each field is resolved; {@link SurvivorshipRules#standard()} unless set
 */
public record MergeCustomers(
    CustomerId survivor, List<CustomerId> others, SurvivorshipRules rules) {
  /** Copies the list when present (nulls are reported by the merge, naming the field). */
  public MergeCustomers {
    others = others == null ? null : Collections.unmodifiableList(new ArrayList<>(others));
  }

  /** A command keeping {@code survivor}, with no other record yet and the standard rules. */
  public static MergeCustomers into(CustomerId survivor) {
    return new MergeCustomers(survivor, List.of(), SurvivorshipRules.standard());
  }

  /** This command merging {@code records} as well. */
  public MergeCustomers merging(CustomerId... records) {
    List<CustomerId> next = new ArrayList<>(others == null ? List.of() : others);
    next.addAll(Arrays.asList(records));
    return new MergeCustomers(survivor, next, rules);
  }

  /** This command with {@code value} as its survivorship rules. */
  public MergeCustomers rules(SurvivorshipRules value) {
    return new MergeCustomers(survivor, others, value);
  }
}
