package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.LostReason;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.pipeline.Stage;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.Fixtures;
import io.rapport.crm.tck.internal.PipelineFixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.rapport.crm.spi.PipelineRepository}: definitions round trip exactly with
 * their stage order, bounds and lost reasons; a revision is a new version and every version stays
 * readable; revisions are optimistic; tenants never see each other's pipelines.
 */
public abstract class PipelineRepositoryContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final PipelineFixtures pipelines = new PipelineFixtures(given);
  private final TenantId tenant = given.tenant();

  /** For subclasses binding the contract to an adapter. */
  protected PipelineRepositoryContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  private PipelineDefinition stored() {
    PipelineDefinition definition = PipelineFixtures.retail(pipelines.pipelineId());
    storage().inTransactionDo(unit -> unit.pipelines().insert(tenant, definition));
    return definition;
  }

  private PipelineDefinition revision(PipelineDefinition previous) {
    return previous.revise(
        "Retail lending (2026)",
        List.of(
            Stage.open("QUALIFIED", "Qualified \u2013 checked", 25, ForecastCategory.PIPELINE),
            Stage.open("OFFER", "Offer", 70, ForecastCategory.COMMIT).bounded(50, 95),
            Stage.lost("LOST", "Lost"),
            Stage.won("WON", "Won")),
        List.of(LostReason.of("PRICE", "Rate"), LostReason.of("POLICY", "Credit policy")),
        Instant.parse("2026-01-01T00:00:00.000001Z"));
  }

  @Test
  @DisplayName("insert: the definition reads back equal, stage order, bounds and reasons kept")
  void insert_definition_roundTripsExactly() {
    // given
    PipelineDefinition definition = stored();

    // when
    PipelineDefinition found =
        storage()
            .inTransaction(unit -> unit.pipelines().find(tenant, definition.id()))
            .orElseThrow();

    // then
    assertThat(found).isEqualTo(definition);
    assertThat(found.stages())
        .extracting(Stage::code)
        .containsExactly("LEAD", "QUALIFIED", "PROPOSAL", "NEGOTIATION", "WON", "LOST");
    assertThat(found.requireStage("NEGOTIATION").minProbability().percent()).isEqualTo(70);
  }

  @Test
  @DisplayName("insert: a taken pipeline id throws DuplicateRecordException")
  void insert_takenId_throwsDuplicate() {
    // given
    PipelineDefinition definition = stored();

    // when / then
    assertThatThrownBy(
            () -> storage().inTransactionDo(unit -> unit.pipelines().insert(tenant, definition)))
        .isInstanceOf(DuplicateRecordException.class);
  }

  @Test
  @DisplayName("revise: stores a new version; the old version stays readable unchanged")
  void revise_nextVersion_keepsEveryVersion() {
    // given
    PipelineDefinition first = stored();
    PipelineDefinition second = revision(first);

    // when
    storage().inTransactionDo(unit -> unit.pipelines().revise(tenant, second));

    // then
    storage()
        .inTransactionDo(
            unit -> {
              assertThat(unit.pipelines().get(tenant, first.id())).isEqualTo(second);
              assertThat(unit.pipelines().get(tenant, first.id(), 1)).isEqualTo(first);
              assertThat(unit.pipelines().get(tenant, first.id(), 2)).isEqualTo(second);
              assertThat(unit.pipelines().find(tenant, first.id(), 3)).isEmpty();
              assertThat(unit.pipelines().list(tenant)).containsExactly(second);
            });
  }

  @Test
  @DisplayName("revise: a revision of a version that is no longer the latest is refused")
  void revise_staleVersion_throwsConcurrentUpdate() {
    // given
    PipelineDefinition first = stored();
    storage().inTransactionDo(unit -> unit.pipelines().revise(tenant, revision(first)));

    // when / then
    assertThatThrownBy(
            () ->
                storage().inTransactionDo(unit -> unit.pipelines().revise(tenant, revision(first))))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(storage().inTransaction(unit -> unit.pipelines().get(tenant, first.id())).version())
        .isEqualTo(2);
  }

  @Test
  @DisplayName("revise: an unknown pipeline throws RecordNotFoundException")
  void revise_unknownPipeline_throwsNotFound() {
    // given
    PipelineDefinition never = PipelineFixtures.retail(pipelines.pipelineId());

    // when / then
    assertThatThrownBy(
            () ->
                storage().inTransactionDo(unit -> unit.pipelines().revise(tenant, revision(never))))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  @DisplayName("list: the latest version of each pipeline, ordered by id text")
  void list_severalPipelines_latestVersionsInIdOrder() {
    // given
    PipelineDefinition a =
        PipelineFixtures.retail(PipelineId.of("80000000-0000-7000-8000-000000000000"));
    PipelineDefinition b =
        PipelineFixtures.retail(PipelineId.of("0fffffff-ffff-7fff-bfff-ffffffffffff"));
    storage()
        .inTransactionDo(
            unit -> {
              unit.pipelines().insert(tenant, a);
              unit.pipelines().insert(tenant, b);
              unit.pipelines().revise(tenant, revision(a));
            });

    // when
    List<PipelineDefinition> listed =
        storage().inTransaction(unit -> unit.pipelines().list(tenant));

    // then
    assertThat(listed).containsExactly(b, revision(a));
  }

  @Test
  @DisplayName("tenant isolation: another tenant finds, lists and revises nothing")
  void find_otherTenant_seesNothing() {
    // given
    PipelineDefinition definition = stored();
    TenantId other = Fixtures.freshTenant();

    // when / then
    storage()
        .inTransactionDo(
            unit -> {
              assertThat(unit.pipelines().find(other, definition.id())).isEmpty();
              assertThat(unit.pipelines().find(other, definition.id(), 1)).isEmpty();
              assertThat(unit.pipelines().list(other)).isEmpty();
            });
    assertThatThrownBy(
            () ->
                storage()
                    .inTransactionDo(unit -> unit.pipelines().revise(other, revision(definition))))
        .isInstanceOf(RecordNotFoundException.class);
  }
}
