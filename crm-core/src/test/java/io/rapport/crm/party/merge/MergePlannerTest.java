package io.rapport.crm.party.merge;

import static io.rapport.crm.party.merge.MergeFixtures.BORN;
import static io.rapport.crm.party.merge.MergeFixtures.T0;
import static io.rapport.crm.party.merge.MergeFixtures.email;
import static io.rapport.crm.party.merge.MergeFixtures.id;
import static io.rapport.crm.party.merge.MergeFixtures.organisation;
import static io.rapport.crm.party.merge.MergeFixtures.person;
import static io.rapport.crm.party.merge.MergeFixtures.phone;
import static io.rapport.crm.party.merge.MergeFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Person;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MergePlannerTest {
  private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

  private final Customer survivor =
      person(1, "Ada Lovelace", null)
          .displayName("Ada")
          .tags(Set.of("source:branch", "vip"))
          .updatedAt(T0.plusSeconds(10))
          .build();
  private final Customer recent =
      person(2, "Ada King Lovelace", BORN)
          .displayName("Ada K.")
          .preferredLanguage("en-GB")
          .branch(BranchCode.of("LDN"))
          .tags(Set.of("source:web"))
          .updatedAt(T0.plusSeconds(30))
          .build();
  private final Customer trusted =
      person(3, "Augusta Ada King", BORN.plusDays(1))
          .displayName("Countess")
          .tags(Set.of("source:core-banking"))
          .updatedAt(T0.plusSeconds(20))
          .build();

  @Test
  void plan_nonEmptyDefault_keepsSurvivorValuesAndFillsItsGapsInCommandOrder() {
    // when
    MergePlan plan =
        MergePlanner.plan(survivor, List.of(recent, trusted), SurvivorshipRules.standard(), NOW);

    // then
    Customer result = plan.result();
    assertThat(result.id()).isEqualTo(id(1));
    assertThat(result.party().legalName()).isEqualTo("Ada Lovelace");
    assertThat(result.displayName()).isEqualTo("Ada");
    assertThat(result.party().foundingDate()).isEqualTo(BORN);
    assertThat(result.branch()).isEqualTo(BranchCode.of("LDN"));
    assertThat(result.tags())
        .containsExactly("source:branch", "source:core-banking", "source:web", "vip");
    assertThat(result.updatedAt()).isEqualTo(NOW);
    assertThat(result.version()).isEqualTo(survivor.version());
    assertThat(plan.merged()).containsExactly(id(2), id(3));
    assertThat(plan.chosenFrom())
        .containsEntry(MergeField.LEGAL_NAME, id(1))
        .containsEntry(MergeField.FOUNDING_DATE, id(2))
        .doesNotContainKey(MergeField.OWNER);
  }

  @Test
  void plan_mostRecent_takesTheLatestUpdatedRecordsValue() {
    // given
    SurvivorshipRules rules =
        SurvivorshipRules.standard().withDefault(SurvivorshipRule.MOST_RECENT);

    // when
    MergePlan plan = MergePlanner.plan(survivor, List.of(recent, trusted), rules, NOW);

    // then
    assertThat(plan.result().displayName()).isEqualTo("Ada K.");
    assertThat(plan.result().party().legalName()).isEqualTo("Ada King Lovelace");
    assertThat(plan.chosenFrom()).containsEntry(MergeField.DISPLAY_NAME, id(2));
  }

  @Test
  void plan_mostTrustedSource_takesTheBestRankedSourcesValue() {
    // given
    SurvivorshipRules rules =
        SurvivorshipRules.standard()
            .with(MergeField.DISPLAY_NAME, SurvivorshipRule.MOST_TRUSTED_SOURCE)
            .with(MergeField.FOUNDING_DATE, SurvivorshipRule.MOST_TRUSTED_SOURCE)
            .withSourceRanking(List.of("core-banking", "branch", "web"));

    // when
    MergePlan plan = MergePlanner.plan(survivor, List.of(recent, trusted), rules, NOW);

    // then
    assertThat(plan.result().displayName()).isEqualTo("Countess");
    assertThat(plan.result().party().foundingDate()).isEqualTo(BORN.plusDays(1));
    assertThat(plan.result().party().legalName()).isEqualTo("Ada Lovelace");
  }

  @Test
  void plan_manualPick_takesThePickedRecordsValueEvenWhenEmpty() {
    // given
    SurvivorshipRules rules =
        SurvivorshipRules.standard()
            .withManualPick(MergeField.DISPLAY_NAME, id(3))
            .withManualPick(MergeField.BRANCH, id(3));

    // when
    MergePlan plan = MergePlanner.plan(survivor, List.of(recent, trusted), rules, NOW);

    // then
    assertThat(plan.result().displayName()).isEqualTo("Countess");
    assertThat(plan.result().branch()).isNull();
    assertThat(plan.chosenFrom()).doesNotContainKey(MergeField.BRANCH);
  }

  @Test
  void plan_overlappingContactPoints_areUnitedWithoutDuplicatesAndOnePrimaryPerChannel() {
    // given
    Customer a = with(person(1, "Ada", null), email(1, "ada@example.org", true));
    Customer b =
        with(
            person(2, "Ada", null),
            email(2, "ADA@example.org", true),
            email(3, "ada.k@example.org", false),
            phone(4, "+442079460018", true));

    // when
    List<ContactPoint> points =
        MergePlanner.plan(a, List.of(b), SurvivorshipRules.standard(), NOW)
            .result()
            .contactPoints();

    // then
    assertThat(points)
        .extracting(ContactPoint::id)
        .containsExactly(
            MergeFixtures.pointId(1), MergeFixtures.pointId(3), MergeFixtures.pointId(4));
    assertThat(points).extracting(ContactPoint::primary).containsExactly(true, false, true);
  }

  @Test
  void plan_invalidSets_areRefusedNamingTheField() {
    // given
    Customer merged = person(5, "Old", null).status(CustomerStatus.MERGED).build();
    Customer company = organisation(6, "Lovelace Ltd").build();
    SurvivorshipRules outsidePick =
        SurvivorshipRules.standard().withManualPick(MergeField.OWNER, id(9));
    SurvivorshipRules rules = SurvivorshipRules.standard();

    // when / then
    assertThatThrownBy(() -> MergePlanner.plan(survivor, List.of(), rules, NOW))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at least one other record");
    assertThatThrownBy(() -> MergePlanner.plan(survivor, List.of(survivor), rules, NOW))
        .hasMessageContaining("only once");
    assertThatThrownBy(() -> MergePlanner.plan(survivor, List.of(merged), rules, NOW))
        .hasMessageContaining("already merged");
    assertThatThrownBy(() -> MergePlanner.plan(survivor, List.of(company), rules, NOW))
        .hasMessageContaining("same kind");
    assertThatThrownBy(() -> MergePlanner.plan(survivor, List.of(recent), outsidePick, NOW))
        .hasMessageContaining("outside the merge");
  }

  @Test
  void rules_manualRuleWithoutPick_isRefused() {
    // when / then
    assertThatThrownBy(
            () -> SurvivorshipRules.standard().with(MergeField.OWNER, SurvivorshipRule.MANUAL))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("manualPicks");
    assertThatThrownBy(() -> SurvivorshipRules.standard().withDefault(SurvivorshipRule.MANUAL))
        .hasMessageContaining("defaultRule");
  }

  @Test
  void plan_personParty_keepsPersonWithResolvedParts() {
    // when
    MergePlan plan =
        MergePlanner.plan(survivor, List.of(recent), SurvivorshipRules.standard(), NOW);

    // then
    assertThat(plan.result().party()).isEqualTo(new Person("Ada Lovelace", BORN, null));
  }
}
