package io.rapport.crm.spi;

import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.PipelineId;
import java.util.List;
import java.util.Optional;

/**
 * Pipeline definitions of one tenant, every version kept. A stored version is never changed: a
 * revision is a new version. Arguments must not be null. Thread-safety is that of the unit of work
 * the repository belongs to.
 */
public interface PipelineRepository {

  /**
   * Stores the first version of a new pipeline.
   *
   * @throws io.rapport.crm.common.InvalidValueException if its version is not 1
   * @throws io.rapport.crm.common.DuplicateRecordException if the pipeline id is taken
   */
  void insert(TenantId tenant, PipelineDefinition definition);

  /**
   * Stores {@code next} as the next version of its pipeline: its version must be the latest stored
   * version + 1.
   *
   * @throws RecordNotFoundException if there is no such pipeline
   * @throws io.rapport.crm.common.ConcurrentUpdateException if the latest stored version is not
   *     {@code next.version() - 1} (someone revised it since it was read)
   */
  void revise(TenantId tenant, PipelineDefinition next);

  /** The latest version of the pipeline, if any. */
  Optional<PipelineDefinition> find(TenantId tenant, PipelineId id);

  /** The given version of the pipeline, if stored. */
  Optional<PipelineDefinition> find(TenantId tenant, PipelineId id, int version);

  /**
   * The given version of the pipeline.
   *
   * @throws RecordNotFoundException if it is not stored
   */
  default PipelineDefinition get(TenantId tenant, PipelineId id, int version) {
    return find(tenant, id, version)
        .orElseThrow(() -> new RecordNotFoundException("pipeline", id + " v" + version));
  }

  /**
   * The latest version of the pipeline.
   *
   * @throws RecordNotFoundException if there is none
   */
  default PipelineDefinition get(TenantId tenant, PipelineId id) {
    return find(tenant, id).orElseThrow(() -> new RecordNotFoundException("pipeline", id));
  }

  /** The latest version of every pipeline of the tenant, ordered by id (canonical text). */
  List<PipelineDefinition> list(TenantId tenant);
}
