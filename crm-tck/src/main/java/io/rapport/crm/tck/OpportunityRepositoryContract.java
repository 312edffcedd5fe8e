package io.rapport.crm.tck;

import static io.rapport.crm.tck.internal.PipelineFixtures.ACTOR;
import static io.rapport.crm.tck.internal.PipelineFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.LostOpportunity;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.OpportunityTerms;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.Probability;
import io.rapport.crm.pipeline.StageChange;
import io.rapport.crm.pipeline.StageChangeKind;
import io.rapport.crm.pipeline.Transition;
import io.rapport.crm.pipeline.WonOpportunity;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.Fixtures;
import io.rapport.crm.tck.internal.PipelineFixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.rapport.crm.spi.OpportunityRepository} and {@link
 * io.rapport.crm.spi.StageHistory}: opportunities round trip exactly in each state; updates are
 * optimistic and may change the state; the stage history keeps every entry in version order;
 * tenants never see each other's rows.
 */
public abstract class OpportunityRepositoryContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final PipelineFixtures pipelines = new PipelineFixtures(given);
  private final TenantId tenant = given.tenant();
  private final PipelineDefinition retail = PipelineFixtures.retail(pipelines.pipelineId());

  /** For subclasses binding the contract to an adapter. */
  protected OpportunityRepositoryContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  private OpportunityTerms everyField() {
    OpportunityTerms terms =
        pipelines.fromCampaign(
            pipelines.fromLead(
                PipelineFixtures.terms(
                    "rm-1", Money.of("250000.00", "CHF"), LocalDate.of(2025, 6, 30))));
    return new OpportunityTerms(
        terms.customer(),
        ProductType.INVESTMENT,
        Money.of("1500000", "JPY"),
        terms.expectedClose(),
        terms.owner(),
        terms.sourceLead(),
        terms.campaign(),
        List.of("Banque Exemple", "Nordbank \u2013 Private"),
        "Call back after the 'rate' review");
  }

  private OpenOpportunity open(OpportunityTerms terms) {
    return PipelineFixtures.insert(
        storage(),
        tenant,
        OpenOpportunity.open(
            pipelines.opportunityId(),
            retail,
            "NEGOTIATION",
            terms,
            Probability.of(75),
            ForecastCategory.BEST_CASE,
            T0.plusNanos(123_000),
            ACTOR));
  }

  private Opportunity find(OpportunityId id) {
    return storage().inTransaction(unit -> unit.opportunities().get(tenant, id));
  }

  @Test
  @DisplayName("insert: an open opportunity with every field reads back equal")
  void insert_openWithEveryField_roundTripsExactly() {
    // given
    OpenOpportunity opened = open(everyField());

    // when
    Opportunity found = find(opened.id());

    // then
    assertThat(found).isEqualTo(opened);
    assertThat(((OpenOpportunity) found).forecastOverridden()).isTrue();
  }

  @Test
  @DisplayName("update: a won opportunity reads back as won with its actual amount and day")
  void update_win_storesWonStateAndNextVersion() {
    // given
    OpenOpportunity opened = open(everyField());
    Transition<WonOpportunity> won =
        opened.win(
            retail, Money.of("1.234", "BHD"), LocalDate.of(2025, 2, 1), T0.plusSeconds(5), ACTOR);

    // when
    WonOpportunity stored = PipelineFixtures.update(storage(), tenant, won);

    // then
    assertThat(stored.version()).isEqualTo(2);
    assertThat(find(opened.id())).isEqualTo(stored);
    assertThat(stored.actualAmount()).isEqualTo(Money.of("1.234", "BHD"));
  }

  @Test
  @DisplayName("update: a lost opportunity keeps its lost reason code and label")
  void update_lose_storesLostReason() {
    // given
    OpenOpportunity opened = open(everyField());
    Transition<LostOpportunity> lost =
        opened.lose(
            retail,
            retail.requireLostReason("TIMING"),
            LocalDate.of(2025, 1, 7),
            T0.plusSeconds(9),
            ACTOR);

    // when
    LostOpportunity stored = PipelineFixtures.update(storage(), tenant, lost);

    // then
    assertThat(find(opened.id())).isEqualTo(stored);
    assertThat(((LostOpportunity) find(opened.id())).lostReason().label())
        .isEqualTo("Customer postponed");
  }

  @Test
  @DisplayName("update: a stale version throws ConcurrentUpdateException and changes nothing")
  void update_staleVersion_throwsConcurrentUpdate() {
    // given
    OpenOpportunity opened = open(everyField());
    PipelineFixtures.update(
        storage(), tenant, opened.moveTo(retail, "PROPOSAL", null, T0.plusSeconds(60), ACTOR));

    // when / then
    assertThatThrownBy(
            () -> storage().inTransaction(unit -> unit.opportunities().update(tenant, opened)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(find(opened.id()).stage()).isEqualTo("PROPOSAL");
  }

  @Test
  @DisplayName("update: an unknown opportunity throws RecordNotFoundException")
  void update_unknown_throwsNotFound() {
    // given
    OpenOpportunity never =
        OpenOpportunity.open(
                pipelines.opportunityId(), retail, null, everyField(), null, null, T0, ACTOR)
            .opportunity();

    // when / then
    assertThatThrownBy(
            () -> storage().inTransaction(unit -> unit.opportunities().update(tenant, never)))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  @DisplayName("insert: a taken id throws DuplicateRecordException")
  void insert_takenId_throwsDuplicate() {
    // given
    OpenOpportunity opened = open(everyField());

    // when / then
    assertThatThrownBy(
            () -> storage().inTransactionDo(unit -> unit.opportunities().insert(tenant, opened)))
        .isInstanceOf(DuplicateRecordException.class);
  }

  @Test
  @DisplayName("forCustomer: every state, ordered by id text, other customers left out")
  void forCustomer_severalOpportunities_inIdOrder() {
    // given
    OpportunityTerms terms = everyField();
    OpenOpportunity first = open(terms);
    OpenOpportunity second = open(terms);
    open(PipelineFixtures.terms("rm-9", Money.of("1.00", "EUR"), LocalDate.of(2025, 3, 1)));
    WonOpportunity won =
        PipelineFixtures.update(
            storage(),
            tenant,
            second.win(retail, Money.of("1", "JPY"), LocalDate.of(2025, 1, 6), T0, ACTOR));

    // when
    List<Opportunity> found =
        storage().inTransaction(unit -> unit.opportunities().forCustomer(tenant, terms.customer()));

    // then
    assertThat(found)
        .containsExactlyElementsOf(
            List.<Opportunity>of(first, won).stream()
                .sorted(Comparator.comparing(o -> o.id().toString()))
                .toList());
  }

  @Test
  @DisplayName("stage history: every change in version order, amount and probability kept")
  void stageHistory_moveLoseReopen_keepsEveryEntryInOrder() {
    // given
    OpenOpportunity opened = open(everyField());
    OpenOpportunity moved =
        PipelineFixtures.update(
            storage(),
            tenant,
            opened.moveTo(
                retail, "PROPOSAL", Probability.of(55), T0.plus(Duration.ofHours(1)), ACTOR));
    LostOpportunity lost =
        PipelineFixtures.update(
            storage(),
            tenant,
            moved.lose(
                retail,
                retail.requireLostReason("PRICE"),
                LocalDate.of(2025, 1, 8),
                T0.plus(Duration.ofDays(2)),
                ACTOR));
    PipelineFixtures.update(
        storage(),
        tenant,
        lost.reopen(retail, "QUALIFIED", T0.plus(Duration.ofDays(3)), EmployeeActor.OTHER));

    // when
    List<StageChange> history =
        storage().inTransaction(unit -> unit.stageHistory().of(tenant, opened.id()));

    // then
    assertThat(history)
        .extracting(StageChange::kind)
        .containsExactly(
            StageChangeKind.OPENED,
            StageChangeKind.MOVED,
            StageChangeKind.LOST,
            StageChangeKind.REOPENED);
    assertThat(history).extracting(StageChange::opportunityVersion).containsExactly(1L, 2L, 3L, 4L);
    assertThat(history.get(1).fromStage()).isEqualTo("NEGOTIATION");
    assertThat(history.get(1).probability()).isEqualTo(Probability.of(55));
    // opened at T0 + 123 µs, moved at T0 + 1 h: whole seconds, rounded down
    assertThat(history.get(1).secondsInFromStage()).isEqualTo(3599);
    assertThat(history.get(2).lostReason()).isEqualTo("PRICE");
    assertThat(history.get(2).amount()).isEqualTo(Money.of("1500000", "JPY"));
    assertThat(history.get(3).actor()).isEqualTo(EmployeeActor.OTHER);
    assertThat(history.get(3).toStage()).isEqualTo("QUALIFIED");
    assertThat(history.get(3).toPosition()).isEqualTo(1);
  }

  @Test
  @DisplayName("stage history: a second entry at the same version throws DuplicateRecordException")
  void stageHistory_sameVersionTwice_throwsDuplicate() {
    // given
    OpenOpportunity opened = open(everyField());
    StageChange openedEntry =
        storage().inTransaction(unit -> unit.stageHistory().of(tenant, opened.id())).get(0);

    // when / then
    assertThatThrownBy(
            () ->
                storage().inTransactionDo(unit -> unit.stageHistory().append(tenant, openedEntry)))
        .isInstanceOf(DuplicateRecordException.class);
  }

  @Test
  @DisplayName("tenant isolation: another tenant finds no opportunity and no history")
  void find_otherTenant_seesNothing() {
    // given
    OpportunityTerms terms = everyField();
    OpenOpportunity opened = open(terms);
    TenantId other = Fixtures.freshTenant();

    // when / then
    storage()
        .inTransactionDo(
            unit -> {
              assertThat(unit.opportunities().find(other, opened.id())).isEmpty();
              assertThat(unit.opportunities().forCustomer(other, terms.customer())).isEmpty();
              assertThat(unit.stageHistory().of(other, opened.id())).isEmpty();
            });
    assertThatThrownBy(
            () -> storage().inTransaction(unit -> unit.opportunities().update(other, opened)))
        .isInstanceOf(RecordNotFoundException.class);
  }

  /** A second actor. */
  private static final class EmployeeActor {
    static final Actor OTHER = Actor.user("rm-2");

    private EmployeeActor() {}
  }

  private Transition<OpenOpportunity> opening(int i) {
    return OpenOpportunity.open(
        pipelines.opportunityId(),
        retail,
        null,
        PipelineFixtures.terms("rm-" + (i % 3), Money.of((1000 + i) + ".00", "EUR"), T0_CLOSE),
        null,
        null,
        T0.plusSeconds(i),
        ACTOR);
  }

  private static final LocalDate T0_CLOSE = LocalDate.of(2025, 9, 30);

  @Test
  @DisplayName("insertAll: 250 opportunities with their opening entries read back equal")
  void insertAll_manyWithOpeningEntries_roundTripsEveryOpportunityAndEntry() {
    // given
    List<Transition<OpenOpportunity>> openings =
        IntStream.range(0, 250).mapToObj(this::opening).toList();
    List<Opportunity> rows = openings.stream().<Opportunity>map(Transition::opportunity).toList();
    List<StageChange> history = openings.stream().map(Transition::change).toList();

    // when
    storage().inTransactionDo(unit -> unit.opportunities().insertAll(tenant, rows, history));

    // then
    for (Transition<OpenOpportunity> opening : List.of(openings.get(0), openings.get(249))) {
      OpportunityId id = opening.opportunity().id();
      assertThat(find(id)).isEqualTo(opening.opportunity());
      List<StageChange> entries =
          storage().inTransaction(unit -> unit.stageHistory().of(tenant, id));
      assertThat(entries).containsExactly(opening.change());
    }
    List<Opportunity> ofFirstCustomer =
        storage()
            .inTransaction(
                unit -> unit.opportunities().forCustomer(tenant, rows.get(0).terms().customer()));
    assertThat(ofFirstCustomer).hasSize(84);
  }

  @Test
  @DisplayName("insertAll: one taken id refuses the whole batch")
  void insertAll_oneTakenId_throwsDuplicateAndStoresNone() {
    // given
    OpenOpportunity taken = open(everyField());
    Transition<OpenOpportunity> fresh = opening(1);
    Transition<OpenOpportunity> again =
        taken.moveTo(retail, "PROPOSAL", null, T0.plusSeconds(1), ACTOR);

    // when / then
    assertThatThrownBy(
            () ->
                storage()
                    .inTransactionDo(
                        unit ->
                            unit.opportunities()
                                .insertAll(
                                    tenant,
                                    List.of(fresh.opportunity(), taken),
                                    List.of(fresh.change(), again.change()))))
        .isInstanceOf(DuplicateRecordException.class);
    OpportunityId freshId = fresh.opportunity().id();
    Optional<Opportunity> stored =
        storage().inTransaction(unit -> unit.opportunities().find(tenant, freshId));
    assertThat(stored).isEmpty();
  }

  @Test
  @DisplayName("insertAll: an opportunity without a history entry is refused")
  void insertAll_opportunityWithoutEntry_throwsIllegalArgument() {
    // given
    Transition<OpenOpportunity> first = opening(1);
    Transition<OpenOpportunity> second = opening(2);

    // when / then
    assertThatThrownBy(
            () ->
                storage()
                    .inTransactionDo(
                        unit ->
                            unit.opportunities()
                                .insertAll(
                                    tenant,
                                    List.of(first.opportunity(), second.opportunity()),
                                    List.of(first.change()))))
        .isInstanceOf(InvalidValueException.class);
  }
}
