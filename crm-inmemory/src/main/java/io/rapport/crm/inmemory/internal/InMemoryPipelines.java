package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.spi.PipelineRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link PipelineRepository} over one {@link Unit}: one row per definition version. */
final class InMemoryPipelines implements PipelineRepository {
  private static final String TYPE = "pipeline";
  private final Unit unit;

  InMemoryPipelines(Unit unit) {
    this.unit = unit;
  }

  /** The key of one definition version. */
  record Key(PipelineId id, int version) {}

  @Override
  public void insert(TenantId tenant, PipelineDefinition definition) {
    unit.enter(tenant);
    Checks.notNull(definition, TYPE);
    Checks.argument(definition.version() == 1, "version", "a new pipeline starts at version 1");
    if (find(tenant, definition.id()).isPresent()) {
      throw new DuplicateRecordException(TYPE, definition.id());
    }
    unit.pipelineRows.put(tenant, new Key(definition.id(), 1), definition);
  }

  @Override
  public void revise(TenantId tenant, PipelineDefinition next) {
    unit.enter(tenant);
    Checks.notNull(next, TYPE);
    PipelineDefinition latest =
        find(tenant, next.id()).orElseThrow(() -> new RecordNotFoundException(TYPE, next.id()));
    if (latest.version() != next.version() - 1) {
      throw new ConcurrentUpdateException(TYPE, next.id(), next.version() - 1L);
    }
    unit.pipelineRows.put(tenant, new Key(next.id(), next.version()), next);
  }

  @Override
  public Optional<PipelineDefinition> find(TenantId tenant, PipelineId id) {
    unit.enter(tenant);
    Checks.notNull(id, "id");
    return unit.pipelineRows.values(tenant).stream()
        .filter(definition -> definition.id().equals(id))
        .max(Comparator.comparingInt(PipelineDefinition::version));
  }

  @Override
  public Optional<PipelineDefinition> find(TenantId tenant, PipelineId id, int version) {
    unit.enter(tenant);
    Checks.notNull(id, "id");
    return Optional.ofNullable(unit.pipelineRows.get(tenant, new Key(id, version)));
  }

  @Override
  public List<PipelineDefinition> list(TenantId tenant) {
    unit.enter(tenant);
    Map<PipelineId, PipelineDefinition> latest =
        unit.pipelineRows.values(tenant).stream()
            .collect(
                Collectors.toMap(
                    PipelineDefinition::id,
                    Function.identity(),
                    (a, b) -> a.version() >= b.version() ? a : b));
    return latest.values().stream().sorted(Ordering.byId(PipelineDefinition::id)).toList();
  }
}
