package io.rapport.crm.party;

import static io.rapport.crm.party.PartyFixtures.customerId;
import static io.rapport.crm.party.PartyFixtures.householdId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.CrmException;
import io.rapport.crm.common.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdTest {

  @Test
  void new_validHousehold_keepsMembersInOrder() {
    // when
    Household household = household(member(1), member(2));

    // then
    assertThat(household.members())
        .extracting(HouseholdMember::customer)
        .containsExactly(customerId(1), customerId(2));
    assertThat(household.hasMember(customerId(2))).isTrue();
    assertThat(household.hasMember(customerId(3))).isFalse();
    assertThatThrownBy(() -> household.members().add(member(3)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void new_noMembers_isRefused() {
    // when / then
    assertThatThrownBy(() -> new Household(householdId(1), 1, "Home", List.of(), customerId(1)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("members"))
        .hasMessage("members must hold 1 to 100 customers");
  }

  @Test
  void new_moreThan100Members_isRefused() {
    // given
    List<HouseholdMember> members = new ArrayList<>();
    for (int i = 1; i <= Household.MAX_MEMBERS + 1; i++) {
      members.add(member(i));
    }

    // when / then
    assertThat(
            new Household(householdId(1), 1, "Big", members.subList(0, 100), customerId(1))
                .members())
        .hasSize(100);
    assertThatThrownBy(() -> new Household(householdId(1), 1, "Big", members, customerId(1)))
        .hasMessage("members must hold 1 to 100 customers");
  }

  @Test
  void new_memberListedTwice_isRefused() {
    // when / then
    assertThatThrownBy(() -> household(member(1), member(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("members must not list a customer twice");
  }

  @Test
  void new_primaryMemberNotAMember_isRefused() {
    // when / then
    assertThatThrownBy(
            () -> new Household(householdId(1), 1, "Home", List.of(member(1)), customerId(2)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("primaryMember"))
        .hasMessage("primaryMember must be a member");
  }

  @Test
  void new_blankName_isRefused() {
    // when / then
    assertThatThrownBy(
            () -> new Household(householdId(1), 1, " ", List.of(member(1)), customerId(1)))
        .hasMessage("name must not be blank");
  }

  @Test
  void addMember_newCustomer_isAppended() {
    // given
    Household household = household(member(1));

    // when
    Household updated = household.addMember(member(2));

    // then
    assertThat(updated.members()).containsExactly(member(1), member(2));
    assertThat(updated.primaryMember()).isEqualTo(customerId(1));
    assertThat(household.members()).containsExactly(member(1));
  }

  @Test
  void addMember_existingMember_isRefused() {
    // given
    Household household = household(member(1), member(2));

    // when / then
    assertThatThrownBy(
            () ->
                household.addMember(new HouseholdMember(customerId(2), HouseholdRole.OTHER, false)))
        .isInstanceOfSatisfying(
            HouseholdMembershipException.class,
            e -> {
              assertThat(e.householdId()).isEqualTo(householdId(1));
              assertThat(e.customerId()).isEqualTo(customerId(2));
            })
        .isInstanceOf(CrmException.class)
        .hasMessage(
            "Household " + householdId(1) + ", customer " + customerId(2) + ": already a member");
  }

  @Test
  void removeMember_nonPrimaryMember_isRemoved() {
    // given
    Household household = household(member(1), member(2), member(3));

    // when
    Household updated = household.removeMember(customerId(2));

    // then
    assertThat(updated.members()).containsExactly(member(1), member(3));
  }

  @Test
  void removeMember_primaryMember_isRefused() {
    // given
    Household household = household(member(1), member(2));

    // when / then
    assertThatThrownBy(() -> household.removeMember(customerId(1)))
        .isInstanceOf(HouseholdMembershipException.class)
        .hasMessageContaining("the primary member cannot be removed");
  }

  @Test
  void removeMember_nonMember_isRefused() {
    // given
    Household household = household(member(1));

    // when / then
    assertThatThrownBy(() -> household.removeMember(customerId(7)))
        .isInstanceOf(HouseholdMembershipException.class)
        .hasMessageEndingWith(": not a member");
  }

  @Test
  void withPrimaryMember_memberOrNot() {
    // given
    Household household = household(member(1), member(2));

    // when
    Household updated = household.withPrimaryMember(customerId(2));

    // then
    assertThat(updated.primaryMember()).isEqualTo(customerId(2));
    assertThat(updated.removeMember(customerId(1)).members()).containsExactly(member(2));
    assertThatThrownBy(() -> household.withPrimaryMember(customerId(3)))
        .isInstanceOf(HouseholdMembershipException.class)
        .hasMessageEndingWith(": not a member");
  }

  @Test
  void rename_checksTheNewName() {
    // given
    Household household = household(member(1));

    // when / then
    assertThat(household.rename("New name").name()).isEqualTo("New name");
    assertThatThrownBy(() -> household.rename("x".repeat(201)))
        .hasMessage("name must have at most 200 characters");
  }

  private static HouseholdMember member(int n) {
    return new HouseholdMember(
        customerId(n), n == 1 ? HouseholdRole.HEAD : HouseholdRole.DEPENDANT, true);
  }

  private static Household household(HouseholdMember... members) {
    return new Household(householdId(1), 1, "The Examples", List.of(members), customerId(1));
  }
}
