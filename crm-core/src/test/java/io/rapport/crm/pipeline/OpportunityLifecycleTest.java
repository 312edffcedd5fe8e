package io.rapport.crm.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.party.CustomerId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpportunityLifecycleTest {
  private static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");
  private static final Actor RM = Actor.user("rm-1");

  private final PipelineDefinition retail =
      PipelineDefinition.first(
          new PipelineId(UUID.randomUUID()),
          "Retail",
          List.of(
              Stage.open("LEAD", "Lead", 10, ForecastCategory.PIPELINE),
              Stage.open("OFFER", "Offer", 60, ForecastCategory.BEST_CASE).bounded(40, 80),
              Stage.won("WON", "Won"),
              Stage.lost("LOST", "Lost")),
          List.of(LostReason.of("PRICE", "Price")),
          T0);

  private static OpportunityTerms terms(List<String> competitors) {
    return new OpportunityTerms(
        new CustomerId(UUID.randomUUID()),
        ProductType.MORTGAGE,
        Money.of("1000.00", "EUR"),
        LocalDate.of(2025, 3, 1),
        EmployeeId.of("rm-1"),
        null,
        null,
        competitors,
        null);
  }

  private OpenOpportunity opened() {
    return OpenOpportunity.open(
            new OpportunityId(UUID.randomUUID()),
            retail,
            null,
            terms(List.of()),
            null,
            null,
            T0,
            RM)
        .opportunity();
  }

  @Test
  void definition_openStageAfterWon_isRefused() {
    // given
    List<Stage> stages =
        List.of(
            Stage.won("WON", "Won"),
            Stage.open("LEAD", "Lead", 10, ForecastCategory.PIPELINE),
            Stage.lost("LOST", "Lost"));

    // when / then
    assertThatThrownBy(() -> PipelineDefinition.first(retail.id(), "x", stages, List.of(), T0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must come before");
  }

  @Test
  void definition_twoWonStages_isRefused() {
    // given
    List<Stage> stages =
        List.of(
            Stage.open("LEAD", "Lead", 10, ForecastCategory.PIPELINE),
            Stage.won("W1", "Won"),
            Stage.won("W2", "Won"),
            Stage.lost("LOST", "Lost"));

    // when / then
    assertThatThrownBy(() -> PipelineDefinition.first(retail.id(), "x", stages, List.of(), T0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("exactly one won");
  }

  @Test
  void stage_defaultOutsideBounds_isRefused() {
    // when / then
    assertThatThrownBy(
            () -> Stage.open("OFFER", "Offer", 90, ForecastCategory.COMMIT).bounded(40, 80))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("defaultProbability must lie within minProbability..maxProbability");
  }

  @Test
  void revise_keepsIdAndIncrementsVersion() {
    // when
    PipelineDefinition next =
        retail.revise("Retail 2", retail.stages(), List.of(), T0.plusSeconds(1));

    // then
    assertThat(next.id()).isEqualTo(retail.id());
    assertThat(next.version()).isEqualTo(2);
    assertThat(retail.version()).isEqualTo(1);
  }

  @Test
  void open_defaults_firstStageItsProbabilityAndCategory() {
    // when
    Transition<OpenOpportunity> opened =
        OpenOpportunity.open(
            new OpportunityId(UUID.randomUUID()),
            retail,
            null,
            terms(List.of("A")),
            null,
            null,
            T0,
            RM);

    // then
    assertThat(opened.opportunity().stage()).isEqualTo("LEAD");
    assertThat(opened.opportunity().probability()).isEqualTo(Probability.of(10));
    assertThat(opened.opportunity().forecastCategory()).isEqualTo(ForecastCategory.PIPELINE);
    assertThat(opened.change().kind()).isEqualTo(StageChangeKind.OPENED);
    assertThat(opened.change().opportunityVersion()).isEqualTo(1);
  }

  @Test
  void move_resetsProbabilityAndFollowsCategoryUnlessOverridden() {
    // given
    OpenOpportunity overridden = opened().withForecast(retail, ForecastCategory.COMMIT);

    // when
    Transition<OpenOpportunity> moved =
        overridden.moveTo(retail, "OFFER", null, T0.plus(Duration.ofHours(2)), RM);
    Transition<OpenOpportunity> followed =
        opened().moveTo(retail, "OFFER", null, T0.plus(Duration.ofHours(2)), RM);

    // then
    assertThat(moved.opportunity().probability()).isEqualTo(Probability.of(60));
    assertThat(moved.opportunity().forecastCategory()).isEqualTo(ForecastCategory.COMMIT);
    assertThat(followed.opportunity().forecastCategory()).isEqualTo(ForecastCategory.BEST_CASE);
    assertThat(moved.change().secondsInFromStage()).isEqualTo(7200);
    assertThat(moved.change().opportunityVersion()).isEqualTo(2);
  }

  @Test
  void move_toClosedStageSameStageOrOutOfBounds_isRefused() {
    // given
    OpenOpportunity open = opened();

    // when / then
    assertThatThrownBy(() -> open.moveTo(retail, "WON", null, T0, RM))
        .isInstanceOf(PipelineRuleException.class)
        .hasMessageEndingWith("stage must be an open stage, not a WON one");
    assertThatThrownBy(() -> open.moveTo(retail, "LEAD", null, T0, RM))
        .isInstanceOf(PipelineRuleException.class)
        .hasMessageEndingWith("stage must differ from the stage the opportunity is in");
    assertThatThrownBy(() -> open.moveTo(retail, "NOPE", null, T0, RM))
        .isInstanceOf(PipelineRuleException.class);
    assertThatThrownBy(() -> open.moveTo(retail, "OFFER", Probability.of(90), T0, RM))
        .isInstanceOf(PipelineRuleException.class)
        .hasMessageContaining("probability is outside 40%..80%")
        .hasMessageNotContaining("90%");
  }

  @Test
  void construct_badVersions_isRefusedNamingTheFieldNotTheValue() {
    // given
    OpenOpportunity open = opened();

    // when / then
    assertThatThrownBy(() -> open.withVersion(-7))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("version"))
        .hasMessage("version must be at least 1");
    assertThatThrownBy(
            () ->
                new OpenOpportunity(
                    open.id(),
                    1,
                    open.pipeline(),
                    -7,
                    open.terms(),
                    open.stage(),
                    open.probability(),
                    open.forecastCategory(),
                    false,
                    open.createdAt(),
                    open.stageEnteredAt()))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("definitionVersion"))
        .hasMessage("definitionVersion must be at least 1");
  }

  @Test
  void win_beforeOpeningDay_isRefused() {
    // when / then
    assertThatThrownBy(
            () -> opened().win(retail, Money.of("1", "EUR"), LocalDate.of(2025, 1, 5), T0, RM))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void winThenReopen_recordsBothAndCycleCountsFromOpening() {
    // given
    Transition<WonOpportunity> won =
        opened()
            .win(
                retail,
                Money.of("900", "JPY"),
                LocalDate.of(2025, 1, 16),
                T0.plus(Duration.ofDays(10)),
                RM);

    // when
    Transition<OpenOpportunity> reopened =
        won.opportunity().withVersion(2).reopen(retail, "OFFER", T0.plus(Duration.ofDays(11)), RM);

    // then
    assertThat(won.opportunity().cycleDays()).isEqualTo(10);
    assertThat(won.change().amount()).isEqualTo(Money.of("900", "JPY"));
    assertThat(reopened.change().kind()).isEqualTo(StageChangeKind.REOPENED);
    assertThat(reopened.change().fromStage()).isEqualTo("WON");
    assertThat(reopened.change().opportunityVersion()).isEqualTo(3);
    assertThat(reopened.opportunity().probability()).isEqualTo(Probability.of(60));
  }

  @Test
  void reopen_intoClosedStage_isRefused() {
    // given
    LostOpportunity lost =
        opened()
            .lose(retail, retail.requireLostReason("PRICE"), LocalDate.of(2025, 1, 6), T0, RM)
            .opportunity();

    // when / then
    assertThatThrownBy(() -> lost.reopen(retail, "LOST", T0, RM))
        .isInstanceOf(PipelineRuleException.class);
    assertThatThrownBy(() -> retail.requireLostReason("NOPE"))
        .isInstanceOf(PipelineRuleException.class);
  }

  @Test
  void terms_duplicateCompetitorsOrNegativeAmount_areRefused() {
    // when / then
    assertThatThrownBy(() -> terms(List.of("A", "A"))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> terms(List.of("A\nB"))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void transition_underAnotherDefinitionVersion_isRefused() {
    // given
    PipelineDefinition next = retail.revise("Retail 2", retail.stages(), List.of(), T0);

    // when / then
    assertThatThrownBy(() -> opened().moveTo(next, "OFFER", null, T0, RM))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("lives under pipeline");
  }
}
