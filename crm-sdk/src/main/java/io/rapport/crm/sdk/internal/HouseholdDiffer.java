package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.pii.Masking;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdMember;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The audited fields of a {@link Household}, old against new. The name (often a family name) is
 * masked; members are keyed by customer id.
 */
final class HouseholdDiffer {
  private HouseholdDiffer() {}

  /** The changed fields; {@code before} is null on creation. */
  static List<FieldChange> diff(Household before, Household after) {
    return new FieldDiff()
        .field("name", get(before, Household::name), get(after, Household::name), Masking::text)
        .field(
            "primaryMember",
            get(before, Household::primaryMember),
            get(after, Household::primaryMember))
        .keyed("members", members(before), members(after), HouseholdDiffer::render)
        .changes();
  }

  private static <T> T get(Household household, Function<Household, T> field) {
    return household == null ? null : field.apply(household);
  }

  private static Map<String, HouseholdMember> members(Household household) {
    Map<String, HouseholdMember> byCustomer = new LinkedHashMap<>();
    if (household != null) {
      for (HouseholdMember member : household.members()) {
        byCustomer.put(member.customer().toString(), member);
      }
    }
    return byCustomer;
  }

  private static String render(HouseholdMember member) {
    return member.role() + (member.primaryHousehold() ? " primary-household" : "");
  }
}
