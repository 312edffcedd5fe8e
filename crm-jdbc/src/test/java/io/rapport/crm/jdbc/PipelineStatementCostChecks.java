package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.ForecastQuery;
import io.rapport.crm.pipeline.LostReason;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.OpportunityTerms;
import io.rapport.crm.pipeline.PeriodUnit;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.pipeline.Stage;
import io.rapport.crm.pipeline.StageChange;
import io.rapport.crm.pipeline.Transition;
import io.rapport.crm.spi.UnitOfWork;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The designed cost of the pipeline ports, counted in round trips: every analytics query is one
 * statement however many opportunities and history entries there are; a definition is read in three
 * statements and written in one insert plus one batch per child table.
 */
abstract class PipelineStatementCostChecks {
  private static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");
  private static final Actor ACTOR = Actor.user("rm-1");

  private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
  private final PipelineDefinition retail =
      PipelineDefinition.first(
          new PipelineId(UUID.randomUUID()),
          "Retail",
          List.of(
              Stage.open("LEAD", "Lead", 10, ForecastCategory.PIPELINE),
              Stage.open("OFFER", "Offer", 60, ForecastCategory.COMMIT),
              Stage.won("WON", "Won"),
              Stage.lost("LOST", "Lost")),
          List.of(LostReason.of("PRICE", "Price"), LostReason.of("TIMING", "Timing")),
          T0);
  private CountingDataSource counter;
  private JdbcStorage storage;
  private int seeded;

  /** The database under test. */
  abstract Dialect dialect();

  @BeforeEach
  void countingStorage() {
    counter = new CountingDataSource(TestDatabases.dataSource(dialect()));
    storage =
        TestDatabases.storage(dialect(), counter.dataSource(), builder -> builder.batchSize(100));
  }

  /** Opens {@code count} opportunities; every third is won, every third after that lost. */
  private void seed(int count) {
    storage.inTransactionDo(
        unit -> {
          if (seeded == 0) {
            unit.pipelines().insert(tenant, retail);
          }
          for (int i = 0; i < count; i++) {
            int n = seeded++;
            OpportunityTerms terms =
                new OpportunityTerms(
                    new CustomerId(UUID.randomUUID()),
                    ProductType.MORTGAGE,
                    Money.of(1000 + n + ".00", n % 2 == 0 ? "EUR" : "USD"),
                    LocalDate.of(2025, 1 + n % 12, 1),
                    EmployeeId.of("rm-" + n % 5),
                    null,
                    null,
                    List.of(),
                    null);
            Transition<OpenOpportunity> opened =
                OpenOpportunity.open(
                    new OpportunityId(UUID.randomUUID()),
                    retail,
                    null,
                    terms,
                    null,
                    null,
                    T0,
                    ACTOR);
            store(unit, opened);
            Transition<OpenOpportunity> moved =
                opened
                    .opportunity()
                    .withVersion(1)
                    .moveTo(retail, "OFFER", null, T0.plusSeconds(86_400), ACTOR);
            OpenOpportunity current = (OpenOpportunity) update(unit, moved);
            if (n % 3 == 1) {
              update(
                  unit,
                  current.win(
                      retail,
                      terms.amount(),
                      LocalDate.of(2025, 1, 9 + n % 7),
                      T0.plusSeconds(3 * 86_400),
                      ACTOR));
            } else if (n % 3 == 2) {
              update(
                  unit,
                  current.lose(
                      retail,
                      retail.requireLostReason("PRICE"),
                      LocalDate.of(2025, 1, 20),
                      T0.plusSeconds(5 * 86_400),
                      ACTOR));
            }
          }
        });
  }

  private void store(UnitOfWork unit, Transition<OpenOpportunity> opened) {
    unit.opportunities().insert(tenant, opened.opportunity());
    unit.stageHistory().append(tenant, opened.change());
  }

  private Opportunity update(UnitOfWork unit, Transition<?> moved) {
    Opportunity stored = unit.opportunities().update(tenant, moved.opportunity());
    unit.stageHistory().append(tenant, moved.change());
    return stored;
  }

  private int statementsOf(Consumer<UnitOfWork> work) {
    counter.reset();
    storage.inTransactionDo(work);
    return counter.statements();
  }

  private void assertEachAnalyticsQueryIsOneStatement() {
    assertThat(
            statementsOf(
                unit ->
                    unit.pipelineAnalytics()
                        .forecast(tenant, ForecastQuery.all(PeriodUnit.QUARTER))))
        .isEqualTo(1);
    assertThat(
            statementsOf(
                unit ->
                    unit.pipelineAnalytics()
                        .forecast(
                            tenant,
                            ForecastQuery.between(
                                    PeriodUnit.MONTH,
                                    LocalDate.of(2025, 2, 1),
                                    LocalDate.of(2025, 6, 30))
                                .inPipeline(retail.id()))))
        .isEqualTo(1);
    assertThat(statementsOf(unit -> unit.pipelineAnalytics().closedDeals(tenant, null)))
        .isEqualTo(1);
    assertThat(statementsOf(unit -> unit.pipelineAnalytics().cycleLengths(tenant, retail.id())))
        .isEqualTo(1);
    assertThat(statementsOf(unit -> unit.pipelineAnalytics().funnel(tenant, retail.id())))
        .isEqualTo(1);
    assertThat(statementsOf(unit -> unit.pipelineAnalytics().timeInStage(tenant, retail.id())))
        .isEqualTo(1);
  }

  @Test
  void analytics_30Then90Opportunities_eachQueryIsOneStatement() {
    // given
    seed(30);

    // when / then
    assertEachAnalyticsQueryIsOneStatement();
    seed(60);
    assertEachAnalyticsQueryIsOneStatement();
    long open =
        storage
            .inTransaction(
                unit ->
                    unit.pipelineAnalytics().forecast(tenant, ForecastQuery.all(PeriodUnit.MONTH)))
            .stream()
            .mapToLong(line -> line.count())
            .sum();
    assertThat(open).isEqualTo(30);
  }

  @Test
  void pipelineDefinition_writeAndRead_fixedStatementCount() {
    // given / when
    int written = statementsOf(unit -> unit.pipelines().insert(tenant, retail));
    int read = statementsOf(unit -> unit.pipelines().get(tenant, retail.id()));
    int listed = statementsOf(unit -> unit.pipelines().list(tenant));

    // then: one insert and one batch per child table; three reads
    assertThat(written).isEqualTo(3);
    assertThat(read).isEqualTo(3);
    assertThat(listed).isEqualTo(3);
  }

  @Test
  void insertAll_250OpportunitiesWithOpeningEntries_takesBatchesPerTable() {
    // given
    storage.inTransactionDo(unit -> unit.pipelines().insert(tenant, retail));
    List<Opportunity> rows = new ArrayList<>();
    List<StageChange> history = new ArrayList<>();
    for (int n = 0; n < 250; n++) {
      Transition<OpenOpportunity> opened =
          OpenOpportunity.open(
              new OpportunityId(UUID.randomUUID()),
              retail,
              null,
              new OpportunityTerms(
                  new CustomerId(UUID.randomUUID()),
                  ProductType.MORTGAGE,
                  Money.of(1000 + n + ".00", "EUR"),
                  LocalDate.of(2025, 1 + n % 12, 1),
                  EmployeeId.of("rm-" + n % 5),
                  null,
                  null,
                  List.of(),
                  null),
              null,
              null,
              T0,
              ACTOR);
      rows.add(opened.opportunity());
      history.add(opened.change());
    }

    // when
    int statements = statementsOf(unit -> unit.opportunities().insertAll(tenant, rows, history));

    // then: ceil(250 / 100) = 3 batches of opportunities and 3 of stage-history entries
    assertThat(statements).isEqualTo(6);
    assertThat(counter.batches()).isEqualTo(6);
  }
}
