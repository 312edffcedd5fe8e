package io.rapport.crm.sdk;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.PipelineId;
import java.util.List;
import java.util.Optional;

/**
 * Sales pipelines of a tenant (retail lending, wealth, SME banking…), each a versioned definition:
 * a revision stores a new version and never changes the opportunities opened under an earlier one.
 * Changes are audited and emit events in the same unit of work. A null argument is refused with a
 * {@link CommandValidationException} naming it. Thread-safe.
 */
public interface Pipelines {

  /**
   * Stores version 1 of a new pipeline and records "pipeline.defined".
   *
   * @throws CommandValidationException listing every invalid field, including a stage layout the
   *     domain refuses (reported at {@code stages}) and won/lost stages with other probabilities
   */
  PipelineDefinition define(Caller caller, DefinePipeline command);

  /**
   * Stores the next version of the pipeline, read at {@code expectedVersion}, and records
   * "pipeline.revised".
   *
   * @throws CommandValidationException listing every invalid field
   * @throws RecordNotFoundException if there is no such pipeline
   * @throws ConcurrentUpdateException if the latest version is not {@code expectedVersion}
   */
  PipelineDefinition revise(
      Caller caller, PipelineId id, int expectedVersion, DefinePipeline command);

  /** The latest version of the pipeline, if any. */
  Optional<PipelineDefinition> find(Caller caller, PipelineId id);

  /** The given version of the pipeline, if stored. */
  Optional<PipelineDefinition> find(Caller caller, PipelineId id, int version);

  /** The latest version of every pipeline of the caller's tenant, ordered by id. */
  List<PipelineDefinition> list(Caller caller);
}
