package io.rapport.crm.pipeline;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.internal.Checks;
import java.util.UUID;

/**
 * The id of a pipeline (all versions of its definition share it): a time-ordered UUIDv7 made by the
 * library's id source.
 */
public record PipelineId(UUID value) {
  /** Checks presence. */
  public PipelineId {
    Checks.notNull(value, "pipelineId");
  }

  /** Parses the canonical UUID form. */
  public static PipelineId of(String value) {
    Checks.notNull(value, "pipelineId");
    try {
      return new PipelineId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("pipelineId", "pipelineId is not a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
