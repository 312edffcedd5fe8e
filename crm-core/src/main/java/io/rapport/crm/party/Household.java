package io.rapport.crm.party;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.common.pii.Masking;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A group of customers sharing finances, with one primary member (who must be a member). Storage
 * enforces across households that a customer is in at most one primary household.
 */
public record Household(
    HouseholdId id,
    long version,
    String name,
    List<HouseholdMember> members,
    CustomerId primaryMember) {

  /** The most members a household may have. */
  public static final int MAX_MEMBERS = 100;

  /** Checks members are unique, the primary member is one of them and the name is present. */
  public Household {
    Checks.notNull(id, "id");
    Checks.argument(version >= 1, "version", "version must be at least 1");
    Checks.text(name, "name", 200);
    members = Checks.list(members, "members");
    Checks.argument(
        !members.isEmpty() && members.size() <= MAX_MEMBERS,
        "members",
        "members must hold 1 to %s customers",
        MAX_MEMBERS);
    Set<CustomerId> seen = new HashSet<>();
    for (HouseholdMember member : members) {
      Checks.argument(
          seen.add(member.customer()), "members", "members must not list a customer twice");
    }
    Checks.notNull(primaryMember, "primaryMember");
    Checks.argument(
        seen.contains(primaryMember), "primaryMember", "primaryMember must be a member");
  }

  /** Whether {@code customer} is a member. */
  public boolean hasMember(CustomerId customer) {
    return members.stream().anyMatch(m -> m.customer().equals(customer));
  }

  /**
   * This household with {@code member} added.
   *
   * @throws HouseholdMembershipException if the customer is already a member
   */
  public Household addMember(HouseholdMember member) {
    if (hasMember(member.customer())) {
      throw new HouseholdMembershipException(id, member.customer(), "already a member");
    }
    List<HouseholdMember> next = new ArrayList<>(members);
    next.add(member);
    return new Household(id, version, name, next, primaryMember);
  }

  /**
   * This household without {@code customer}.
   *
   * @throws HouseholdMembershipException if the customer is not a member or is the primary member
   */
  public Household removeMember(CustomerId customer) {
    if (!hasMember(customer)) {
      throw new HouseholdMembershipException(id, customer, "not a member");
    }
    if (primaryMember.equals(customer)) {
      throw new HouseholdMembershipException(
          id,
          customer,
          "the primary member cannot be removed; choose another primary member first");
    }
    List<HouseholdMember> next = new ArrayList<>(members);
    next.removeIf(m -> m.customer().equals(customer));
    return new Household(id, version, name, next, primaryMember);
  }

  /**
   * This household with {@code customer} as its primary member.
   *
   * @throws HouseholdMembershipException if the customer is not a member
   */
  public Household withPrimaryMember(CustomerId customer) {
    if (!hasMember(customer)) {
      throw new HouseholdMembershipException(id, customer, "not a member");
    }
    return new Household(id, version, name, members, customer);
  }

  /** This household renamed. */
  public Household rename(String newName) {
    return new Household(id, version, newName, members, primaryMember);
  }

  @Override
  public String toString() {
    return "Household[id="
        + id
        + ", version="
        + version
        + ", name="
        + Masking.text(name)
        + ", members="
        + members.size()
        + ", primaryMember="
        + primaryMember
        + "]";
  }
}
