package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.ForecastQuery;
import io.rapport.crm.pipeline.ForecastTotals;
import io.rapport.crm.pipeline.FunnelStep;
import io.rapport.crm.pipeline.IllegalOpportunityTransitionException;
import io.rapport.crm.pipeline.LostOpportunity;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.PeriodUnit;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.PipelineRuleException;
import io.rapport.crm.pipeline.StageChange;
import io.rapport.crm.pipeline.StageChangeKind;
import io.rapport.crm.pipeline.StageKind;
import io.rapport.crm.pipeline.WonOpportunity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpportunitiesTest extends SdkFixture {
  private static final LocalDate CLOSE = LocalDate.of(2025, 6, 30);

  private final Customer ada = register(NAME);
  private final PipelineDefinition retail = crm.pipelines().define(caller, retailLending().build());

  private static DefinePipeline.Builder retailLending() {
    return DefinePipeline.named("Retail lending")
        .open("LEAD", "Lead", 10, ForecastCategory.PIPELINE)
        .open("OFFER", "Offer", 60, ForecastCategory.BEST_CASE)
        .open("SIGNING", "Signing", 90, ForecastCategory.COMMIT, 80, 100)
        .won("WON", "Won")
        .lost("LOST", "Lost")
        .lostReason("PRICE", "Rate not competitive");
  }

  private NewOpportunity.Builder mortgage() {
    return NewOpportunity.in(retail.id(), ada.id(), ProductType.MORTGAGE)
        .amount("250000.00", "EUR")
        .closingOn(CLOSE)
        .owner("rm-17")
        .competitor("Other Bank")
        .nextStep("Call Ada Lovelace back");
  }

  @Test
  void define_invalidCommand_listsEveryViolationAndStoresNothing() {
    // given
    DefinePipeline command =
        new DefinePipeline(
            " ",
            List.of(
                new NewStage(
                    "LEAD", "Lead", StageKind.OPEN, 150, 0, 100, ForecastCategory.PIPELINE)),
            List.of(new NewLostReason("", "x")));

    // when
    CommandValidationException refused =
        catchThrowableOfType(
            CommandValidationException.class, () -> crm.pipelines().define(caller, command));

    // then
    assertThat(refused.violations())
        .extracting(Violation::path)
        .containsExactly("lostReasons[0].code", "name", "stages[0].defaultProbability");
    assertThat(crm.pipelines().list(caller)).containsExactly(retail);
  }

  @Test
  void define_withoutWonStage_isRefusedAtStages() {
    // given
    DefinePipeline command =
        DefinePipeline.named("Broken")
            .open("LEAD", "Lead", 10, ForecastCategory.PIPELINE)
            .lost("LOST", "Lost")
            .build();

    // when
    CommandValidationException refused =
        catchThrowableOfType(
            CommandValidationException.class, () -> crm.pipelines().define(caller, command));

    // then
    assertThat(refused.violations()).extracting(Violation::path).containsExactly("stages");
  }

  @Test
  void open_validCommand_storesOpportunityHistoryAuditAndEvent() {
    // given
    collectEvents();

    // when
    OpenOpportunity opened = crm.opportunities().open(caller, mortgage().build());

    // then
    assertThat(crm.opportunities().get(caller, opened.id())).isEqualTo(opened);
    assertThat(opened.stage()).isEqualTo("LEAD");
    assertThat(opened.probability().percent()).isEqualTo(10);
    assertThat(crm.opportunities().history(caller, opened.id()))
        .extracting(StageChange::kind)
        .containsExactly(StageChangeKind.OPENED);
    AuditEntry audit = auditEntries().get(auditEntries().size() - 1);
    assertThat(audit.action()).isEqualTo("opportunity.opened");
    assertThat(audit.toString() + audit.changes()).doesNotContain("Lovelace");
    assertThat(received).extracting(DomainEvent::type).containsExactly("opportunity.opened");
    assertThat(crm.opportunities().ofCustomer(caller, ada.id())).containsExactly(opened);
  }

  @Test
  void open_unknownCustomer_isRefusedAndStoresNothing() {
    // given
    NewOpportunity command =
        NewOpportunity.in(retail.id(), new CustomerId(UUID.randomUUID()), ProductType.MORTGAGE)
            .amount("1.00", "EUR")
            .closingOn(CLOSE)
            .owner("rm-17")
            .build();

    // when / then
    assertThatThrownBy(() -> crm.opportunities().open(caller, command))
        .isInstanceOf(CustomerNotFoundException.class);
    assertThat(crm.opportunities().ofCustomer(caller, command.customer())).isEmpty();
  }

  @Test
  void open_invalidCommand_listsEveryViolation() {
    // given
    NewOpportunity command =
        NewOpportunity.in(retail.id(), ada.id(), null)
            .amount("-1.001", "XXQ")
            .owner("")
            .probability(101)
            .build();

    // when
    CommandValidationException refused =
        catchThrowableOfType(
            CommandValidationException.class, () -> crm.opportunities().open(caller, command));

    // then
    assertThat(refused.violations())
        .extracting(Violation::path)
        .containsExactly("amount", "currency", "expectedClose", "owner", "probability", "product");
  }

  @Test
  void lifecycle_moveSkipWinReopenLose_recordsEveryChange() {
    // given
    OpenOpportunity opened = crm.opportunities().open(caller, mortgage().build());

    // when
    OpenOpportunity signing =
        crm.opportunities().move(caller, MoveOpportunity.to(opened.id(), 1, "SIGNING"));
    WonOpportunity won =
        crm.opportunities()
            .win(
                caller,
                WinOpportunity.of(opened.id(), 2, "245000.00", "EUR", LocalDate.of(2025, 3, 5)));
    OpenOpportunity reopened =
        crm.opportunities().reopen(caller, ReopenOpportunity.of(opened.id(), 3, "OFFER"));
    LostOpportunity lost =
        crm.opportunities()
            .lose(caller, LoseOpportunity.of(opened.id(), 4, "PRICE", LocalDate.of(2025, 3, 9)));

    // then
    assertThat(signing.probability().percent()).isEqualTo(90);
    assertThat(won.actualAmount()).isEqualTo(Money.of("245000.00", "EUR"));
    assertThat(reopened.stage()).isEqualTo("OFFER");
    assertThat(lost.version()).isEqualTo(5);
    assertThat(crm.opportunities().history(caller, opened.id()))
        .extracting(StageChange::kind, StageChange::fromStage, StageChange::toStage)
        .containsExactly(
            tuple(StageChangeKind.OPENED, null, "LEAD"),
            tuple(StageChangeKind.MOVED, "LEAD", "SIGNING"),
            tuple(StageChangeKind.WON, "SIGNING", "WON"),
            tuple(StageChangeKind.REOPENED, "WON", "OFFER"),
            tuple(StageChangeKind.LOST, "OFFER", "LOST"));
    assertThat(pendingEvents())
        .extracting(DomainEvent::type)
        .contains(
            "opportunity.stage-changed",
            "opportunity.won",
            "opportunity.reopened",
            "opportunity.lost");
  }

  @Test
  void win_alreadyWon_isRefusedAsIllegalTransition() {
    // given
    OpenOpportunity opened = crm.opportunities().open(caller, mortgage().build());
    crm.opportunities()
        .win(caller, WinOpportunity.of(opened.id(), 1, "1.00", "EUR", LocalDate.of(2025, 3, 1)));

    // when / then
    assertThatThrownBy(
            () -> crm.opportunities().move(caller, MoveOpportunity.to(opened.id(), 2, "OFFER")))
        .isInstanceOf(IllegalOpportunityTransitionException.class)
        .hasMessageContaining("WON");
    assertThatThrownBy(
            () -> crm.opportunities().reopen(caller, ReopenOpportunity.of(opened.id(), 2, "WON")))
        .isInstanceOf(PipelineRuleException.class);
  }

  @Test
  void move_toWonStageOrOutOfBounds_isRefusedAndStoresNothing() {
    // given
    OpenOpportunity opened = crm.opportunities().open(caller, mortgage().build());

    // when / then
    assertThatThrownBy(
            () -> crm.opportunities().move(caller, MoveOpportunity.to(opened.id(), 1, "WON")))
        .isInstanceOf(PipelineRuleException.class);
    assertThatThrownBy(
            () ->
                crm.opportunities()
                    .move(caller, new MoveOpportunity(opened.id(), 1, "SIGNING", 50)))
        .isInstanceOf(PipelineRuleException.class)
        .hasMessageContaining("80%..100%");
    assertThat(crm.opportunities().get(caller, opened.id())).isEqualTo(opened);
    assertThat(crm.opportunities().history(caller, opened.id())).hasSize(1);
  }

  @Test
  void move_staleVersion_throwsConcurrentUpdate() {
    // given
    OpenOpportunity opened = crm.opportunities().open(caller, mortgage().build());
    crm.opportunities().move(caller, MoveOpportunity.to(opened.id(), 1, "OFFER"));

    // when / then
    assertThatThrownBy(
            () -> crm.opportunities().move(caller, MoveOpportunity.to(opened.id(), 1, "SIGNING")))
        .isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  void lose_reasonAddedByRevision_isAcceptedForOlderOpportunity() {
    // given
    OpenOpportunity opened = crm.opportunities().open(caller, mortgage().build());
    PipelineDefinition revised =
        crm.pipelines()
            .revise(
                caller,
                retail.id(),
                1,
                retailLending().lostReason("POLICY", "Credit policy").build());

    // when
    LostOpportunity lost =
        crm.opportunities()
            .lose(caller, LoseOpportunity.of(opened.id(), 1, "POLICY", LocalDate.of(2025, 3, 1)));

    // then
    assertThat(revised.version()).isEqualTo(2);
    assertThat(lost.definitionVersion()).isEqualTo(1);
    assertThat(lost.lostReason().label()).isEqualTo("Credit policy");
    assertThat(crm.pipelines().find(caller, retail.id(), 1)).contains(retail);
    assertThatThrownBy(
            () -> crm.pipelines().revise(caller, retail.id(), 1, retailLending().build()))
        .isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  void update_newAmountAndForecast_isAuditedAndOutOfBoundsRefused() {
    // given
    OpenOpportunity opened = crm.opportunities().open(caller, mortgage().build());

    // when
    OpenOpportunity updated =
        crm.opportunities()
            .update(
                caller,
                UpdateOpportunity.of(opened)
                    .amount("260000.00", "EUR")
                    .forecast(ForecastCategory.COMMIT)
                    .probability(15)
                    .build());

    // then
    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.forecastCategory()).isEqualTo(ForecastCategory.COMMIT);
    assertThat(auditEntries().get(auditEntries().size() - 1).changes())
        .extracting(change -> change.field())
        .containsExactly("probability", "forecastCategory", "amount");
    OpenOpportunity signing =
        crm.opportunities().move(caller, MoveOpportunity.to(opened.id(), 2, "SIGNING"));
    assertThatThrownBy(
            () ->
                crm.opportunities()
                    .update(caller, UpdateOpportunity.of(signing).probability(20).build()))
        .isInstanceOf(PipelineRuleException.class);
  }

  @Test
  void pipelineReports_forecastFunnelAndVelocity_readThroughTheFacade() {
    // given
    OpenOpportunity a = crm.opportunities().open(caller, mortgage().build());
    OpenOpportunity b =
        crm.opportunities().open(caller, mortgage().amount("1000.00", "USD").build());
    crm.opportunities()
        .win(caller, WinOpportunity.of(a.id(), 1, "250000.00", "EUR", LocalDate.of(2025, 3, 11)));
    ExchangeRates rates =
        ExchangeRates.dated().rate("USD", "EUR", LocalDate.of(2025, 1, 1), "0.9000").build();

    // when
    ForecastTotals totals =
        crm.pipelineReports()
            .forecastTotals(
                caller,
                ForecastQuery.all(PeriodUnit.QUARTER),
                Currency.getInstance("EUR"),
                LocalDate.of(2025, 3, 31),
                rates);
    List<FunnelStep> funnel = crm.pipelineReports().funnel(caller, retail.id());

    // then: b is open, 1000 USD at 10 % → 900.00 EUR pipeline, 90.00 EUR weighted
    assertThat(totals.pipeline()).isEqualTo(Money.of("900.00", "EUR"));
    assertThat(totals.weighted()).isEqualTo(Money.of("90.00", "EUR"));
    assertThat(funnel).extracting(FunnelStep::reached).containsExactly(2L, 1L, 1L, 1L);
    assertThat(crm.pipelineReports().winLoss(caller, retail.id()).winRateByCount())
        .contains(new BigDecimal("1.0000"));
    assertThat(crm.pipelineReports().salesCycle(caller, null).averageDays())
        .contains(new BigDecimal("10.00"));
    // velocity = 1 open × 250000.00 × 1.0000 ÷ 10.00 days
    assertThat(
            crm.pipelineReports()
                .velocity(
                    caller,
                    retail.id(),
                    Currency.getInstance("EUR"),
                    LocalDate.of(2025, 3, 31),
                    rates))
        .contains(Money.of("25000.00", "EUR"));
    assertThat(b.stage()).isEqualTo("LEAD");
  }
}
